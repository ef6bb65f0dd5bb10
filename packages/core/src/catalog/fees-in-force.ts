import type { Fee, Procedure } from './model.js';

/** True when a fee applies on a day (YYYY-MM-DD): scheduled changes carry validFrom / validTo, both days included. */
export function feeInForce(fee: Pick<Fee, 'validFrom' | 'validTo'>, day: string): boolean {
  return (!fee.validFrom || fee.validFrom <= day) && (!fee.validTo || day <= fee.validTo);
}

/** A procedure's fees in force on a day (YYYY-MM-DD). */
export function feesInForce(p: Procedure, day: string): Procedure['fees'] {
  return p.fees.filter((f) => feeInForce(f, day));
}
