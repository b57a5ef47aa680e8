/** Plain decimal text as the API writes amounts: "1234.50", "1000", "0.05". */
const DECIMAL_TEXT = /^(?:0|[1-9][0-9]*)(?:\.([0-9]+))?$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Whether `text` is an amount as the API writes it, and `code` a currency code it could be in. */
export function isAmountIn(text: string, code: string): boolean {
  return DECIMAL_TEXT.test(text) && CURRENCY_CODE.test(code);
}

/**
 * An amount the API returned (plain decimal text in major units, e.g. "1234.50") as a person reads
 * it in `locale`: "$1,234.50", "¥1,000", "KWD 1.234". The text is formatted as is, with exactly the
 * digits it has, never through a binary floating-point number, so no amount is rounded. Anything that
 * is not such an amount, or no currency code, is shown as it came.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const decimal = DECIMAL_TEXT.exec(amount);
  if (decimal === null || !CURRENCY_CODE.test(currency)) {
    return `${amount} ${currency}`;
  }
  const digits = decimal[1]?.length ?? 0;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 "Intl.NumberFormat v3").
  return format.format(amount as Intl.StringNumericLiteral);
}
