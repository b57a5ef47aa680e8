/**
 * The currencies the API accepts (ISO 4217) and their number of minor-unit digits, as the API lists
 * them: a US dollar has 100 cents (2 digits), a yen no minor unit (0), a Kuwaiti dinar 1000 fils (3).
 * The API publishes no endpoint for this list, so it is mirrored here; the API still checks every request.
 */
export const SUPPORTED_CURRENCIES = {
  CHF: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KWD: 3,
  SEK: 2,
  USD: 2,
} as const satisfies Record<string, number>;

export type CurrencyCode = keyof typeof SUPPORTED_CURRENCIES;

export const CURRENCY_CODES = Object.keys(SUPPORTED_CURRENCIES) as CurrencyCode[];

export const DEFAULT_CURRENCY: CurrencyCode = 'USD';

export function isSupportedCurrency(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && Object.hasOwn(SUPPORTED_CURRENCIES, value);
}

/** How many digits follow the decimal point in an amount of `currency`. */
export function minorDigitsOf(currency: CurrencyCode): number {
  return SUPPORTED_CURRENCIES[currency];
}

/** "US Dollar (USD)", or the code alone where the browser has no name for it. */
export function currencyLabel(currency: CurrencyCode, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'currency' }).of(currency);
  } catch {
    name = undefined;
  }
  return name === undefined || name === currency ? currency : `${name} (${currency})`;
}
