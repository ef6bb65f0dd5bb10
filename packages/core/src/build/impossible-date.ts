/** Why a date written YYYY-MM-DD does not exist, in the words an editor would use. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** `2026-02-30` → "February 2026 has no 30th"; `undefined` for a real date or another shape. */
export function impossibleDateMessage(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month} (months go from 01 to 12)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return `${text} is not a date: there is no day 00`;
  if (day > days) return `${text} is not a date: ${MONTHS[month - 1]} ${year} has no ${ordinal(day)}`;
  return undefined;
}
