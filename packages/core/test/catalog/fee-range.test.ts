import { describe, expect, it } from 'vitest';
import { feeRange, type Fee, type Procedure } from '../../src/index.js';

const fee = (id: string, amount: number, extra: Partial<Fee> = {}): Fee => ({ id, label: { vi: id }, amount, currency: 'VND', ...extra });
const procedure = (fees: Fee[], channels = ['in-person', 'online']) =>
  ({ fees, channels: channels.map((id) => ({ id, type: id === 'online' ? 'online' : 'in-person' })) }) as unknown as Procedure;

describe('the fee range a citizen sees', () => {
  it('is free when there are no fees', () => {
    expect(feeRange(procedure([]), '2026-11-25')).toEqual([0, 0]);
  });

  it('adds fees charged always, and leaves out extra copies on request', () => {
    expect(feeRange(procedure([fee('standard', 200000), fee('extra-copy', 5000, { applies: 'on-request' })]), '2026-11-25')).toEqual([200000, 200000]);
  });

  it('counts a fee charged only in some cases in the highest amount only', () => {
    expect(feeRange(procedure([fee('late', 8000, { applies: 'case' }), fee('foreign', 75000, { applies: 'case' })]), '2026-11-25')).toEqual([0, 83000]);
  });

  it('charges one fee of an alternative group', () => {
    const fees = [fee('small', 700000, { oneOf: 'appraisal' }), fee('large', 1000000, { oneOf: 'appraisal' })];
    expect(feeRange(procedure(fees), '2026-11-25')).toEqual([700000, 1000000]);
  });

  it('may cost nothing when one fee of the group is charged only in some cases', () => {
    // Renewal: the "lost" fee only when the old card was lost, else the plain renewal fee.
    const fees = [fee('renewal', 50000, { oneOf: 'card' }), fee('lost', 70000, { oneOf: 'card', applies: 'case' })];
    expect(feeRange(procedure(fees), '2026-11-25')).toEqual([0, 70000]);
  });

  it('is free, not infinite, for a procedure with fees but no channel to pay on', () => {
    expect(feeRange(procedure([fee('standard', 200000)], []), '2026-11-25')).toEqual([0, 0]);
  });

  it('takes the cheapest channel for the lowest and the dearest for the highest', () => {
    const fees = [fee('licence', 135000, { channels: ['in-person'] }), fee('licence', 115000, { channels: ['online'] })];
    expect(feeRange(procedure(fees), '2026-11-25')).toEqual([115000, 135000]);
  });

  it('uses the fees in force on the date', () => {
    const fees = [fee('replacement', 35000, { validTo: '2026-12-31' }), fee('replacement', 70000, { validFrom: '2027-01-01' })];
    expect(feeRange(procedure(fees), '2026-11-25')).toEqual([35000, 35000]);
    expect(feeRange(procedure(fees), '2027-01-01')).toEqual([70000, 70000]);
  });
});
