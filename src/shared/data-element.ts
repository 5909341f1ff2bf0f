import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { dataSourceOf } from './data-source.js';
import type { PoplusElement } from './poplus-element.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs a constructor of any arguments
type Constructor<T> = abstract new (...args: any[]) => T;

/** What `DataElement` adds to an element's public API. */
export declare class DataElementInterface {
  /** URL of the data, fetched with an `AbortSignal` (a new `src` cancels the old load). */
  src: string | undefined;
  /** The format of `src` or inline data when it cannot be told from the media type, the URL or the content. */
  format: string | undefined;
}

/**
 * The `src` and `format` attributes every data element shares, and the step that hands a new data property
 * to the element's `DataSourceController` before the element's own `willUpdate` runs.
 * @internal
 */
export const DataElement = <B extends Constructor<PoplusElement>>(Base: B) => {
  abstract class DataElementClass extends Base {
    /** URL of the data, fetched with an `AbortSignal` (a new `src` cancels the old load). */
    @property() src: string | undefined = undefined;

    /** The format of `src` or inline data when it cannot be told from the media type, the URL or the content. */
    @property() format: string | undefined = undefined;

    protected override willUpdate(changed: PropertyValues): void {
      dataSourceOf(this)?.sync(changed);
      super.willUpdate(changed);
    }
  }
  return DataElementClass as Constructor<DataElementInterface> & B;
};
