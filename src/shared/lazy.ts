/**
 * A module few pages need, loaded on first use. The function returned starts the load the first time it is
 * called and gives the module once it has arrived: `undefined` until then, `null` if it could not load (offline,
 * say). `arrived` runs when a load pending at that call ends, so that the caller can draw again.
 */
export function lazy<T>(load: () => Promise<T>): (arrived: () => void) => T | null | undefined {
  let value: T | null | undefined;
  let loading: Promise<unknown> | undefined;
  return (arrived) => {
    if (value === undefined) {
      loading ??= load().then(
        (module) => (value = module),
        () => (value = null),
      );
      void loading.then(arrived);
    }
    return value;
  };
}
