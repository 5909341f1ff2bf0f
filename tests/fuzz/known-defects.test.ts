import { expect } from '@open-wc/testing';
import { fromRecords } from '../../src/data/participants.js';
import { useFuzzEnvironment } from './harness.js';
import { PROTO_KEY } from './known-defects.js';

/**
 * The smallest input of each defect the fuzz suite found that is still open. Each test fails until its defect
 * is fixed (see known-defects.ts); then it moves to found.test.ts.
 */
describe('fuzz: known defects', () => {
  useFuzzEnvironment();

  it(`KNOWN DEFECT PROTO_KEY (${PROTO_KEY.where}): ${PROTO_KEY.name}`, () => {
    const data = fromRecords(JSON.parse('[{"name":"Ana","__proto__":{"en":"x"}}]'));
    const [record] = data.records;
    expect(Object.getPrototypeOf(record), 'the record keeps a plain prototype').to.equal(Object.prototype);
    expect(Object.hasOwn(record!, '__proto__'), 'the field is kept as a field').to.equal(true);
  });
});
