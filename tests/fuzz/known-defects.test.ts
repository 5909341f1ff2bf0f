import { expect } from '@open-wc/testing';
import { fromRecords } from '../../src/data/participants.js';
import { adaptSchedule } from '../../src/data/schedule.js';
import { useFuzzEnvironment } from './harness.js';
import { DATE_LIMIT, PROTO_KEY } from './known-defects.js';

/**
 * The smallest input of each defect the fuzz suite found in code it does not fix. Each test fails until its
 * defect is fixed (see known-defects.ts).
 */
describe('fuzz: known defects', () => {
  useFuzzEnvironment();

  it(`KNOWN DEFECT DATE_LIMIT (${DATE_LIMIT.where}): ${DATE_LIMIT.name}`, async () => {
    const talk = { title: 'At the end of time', date: '+275760-09-13T00:00:00Z', duration: '00:30' };
    const schedule = await adaptSchedule({ schedule: { conference: { days: [{ date: '2019-08-21', rooms: { A: [talk] } }] } } });
    expect(schedule.sessions.map((s) => s.title)).to.deep.equal(['At the end of time']);
  });

  it(`KNOWN DEFECT PROTO_KEY (${PROTO_KEY.where}): ${PROTO_KEY.name}`, () => {
    const data = fromRecords(JSON.parse('[{"name":"Ana","__proto__":{"en":"x"}}]'));
    const [record] = data.records;
    expect(Object.getPrototypeOf(record), 'the record keeps a plain prototype').to.equal(Object.prototype);
    expect(Object.hasOwn(record!, '__proto__'), 'the field is kept as a field').to.equal(true);
  });
});
