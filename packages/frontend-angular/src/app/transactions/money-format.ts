import { isSupportedCurrency, minorDigitsOf } from './currencies';

/**
 * An amount the API returned (plain decimal text in major units, e.g. "1234.50") as a person reads
 * it in `locale`: "$1,234.50", "¥1,000", "KWD 1.234". The text is formatted as is, never through a
 * binary floating-point number, so no amount is rounded. Anything that is not such an amount, or in
 * an unknown currency, is shown as it came.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  if (!/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(amount) || !isSupportedCurrency(currency)) {
    return `${amount} ${currency}`;
  }
  const digits = minorDigitsOf(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 "Intl.NumberFormat v3").
  return format.format(amount as Intl.StringNumericLiteral);
}
