import { describe, expect, it } from 'vitest';
import { feesInForce, type Fee, type Procedure } from '../../src/index.js';

const fee = (id: string, validFrom?: string, validTo?: string): Fee => ({
  id, label: { vi: id, en: id }, amount: 1000, currency: 'VND', ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}),
}) as Fee;
const procedure = { fees: [fee('old', undefined, '2026-06-30'), fee('new', '2026-07-01'), fee('summer', '2026-07-01', '2026-08-31'), fee('always')] } as unknown as Procedure;
const inForce = (day: string) => feesInForce(procedure, day).map((f) => f.id);

describe('fees in force on a day: validFrom and validTo both count as days of validity', () => {
  it.each([
    ['the last day of the old fee', '2026-06-30', ['old', 'always']],
    ['the first day of the new fees', '2026-07-01', ['new', 'summer', 'always']],
    ['the last day of a period', '2026-08-31', ['new', 'summer', 'always']],
    ['the day after a period', '2026-09-01', ['new', 'always']],
    ['long before', '2020-01-01', ['old', 'always']],
  ])('%s (%s)', (_name, day, expected) => {
    expect(inForce(day)).toEqual(expected);
  });
});
