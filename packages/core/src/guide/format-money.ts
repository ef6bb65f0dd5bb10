/**
 * Money as citizens read it: "135.000 ₫" in Vietnamese, "VND 135,000" in English. Intl puts a
 * no-break space between the number and the currency, so the two never wrap apart.
 */
export function formatMoney(amount: number, locale: string, currency = 'VND'): string {
  const vietnamese = locale === 'vi' || locale.startsWith('vi-');
  return new Intl.NumberFormat(vietnamese ? 'vi-VN' : locale, {
    style: 'currency',
    currency,
    currencyDisplay: vietnamese ? 'symbol' : 'code',
    maximumFractionDigits: currency === 'VND' ? 0 : 2,
  }).format(amount);
}
