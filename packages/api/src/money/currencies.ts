/**
 * The currencies the API accepts (ISO 4217 codes) and their number of minor-unit digits: a US dollar has
 * 100 cents (2 digits), a yen has no minor unit (0), a Kuwaiti dinar has 1000 fils (3).
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

export const CURRENCY_CODES = Object.keys(SUPPORTED_CURRENCIES) as [CurrencyCode, ...CurrencyCode[]];

/** How many digits follow the decimal point in an amount of `currency`. */
export function minorDigitsOf(currency: CurrencyCode): number {
  return SUPPORTED_CURRENCIES[currency];
}
