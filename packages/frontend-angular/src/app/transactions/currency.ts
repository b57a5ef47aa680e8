import { isAmountIn } from './money-format';

/**
 * A currency as the API publishes it (`GET /api/currencies`), with the rules it applies to amounts in
 * that currency. The API owns these rules; the page builds its form from them and keeps no copy.
 */
export interface Currency {
  /** ISO 4217 code, e.g. "USD". */
  readonly code: string;
  /** How many digits may follow the decimal point: 2 for USD, 0 for JPY, 3 for KWD. */
  readonly minorDigits: number;
  /** Amounts above this one (decimal text in major units) need a recent two-factor sign-in. */
  readonly stepUpThreshold: string;
}

/** Checks the API's answer really is a list of currencies before the form offers them. */
export function parseCurrencies(body: unknown): Currency[] {
  if (!Array.isArray(body) || body.length === 0 || !body.every(isCurrency)) {
    throw new TypeError('The API answered with something other than a list of currencies.');
  }
  return body.map(({ code, minorDigits, stepUpThreshold }) => ({ code, minorDigits, stepUpThreshold }));
}

/** "US Dollar (USD)", or the code alone where the browser has no name for it. */
export function currencyLabel(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'currency' }).of(code);
  } catch {
    name = undefined;
  }
  return name === undefined || name === code ? code : `${name} (${code})`;
}

function isCurrency(value: unknown): value is Currency {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { code, minorDigits, stepUpThreshold } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof stepUpThreshold === 'string' &&
    isAmountIn(stepUpThreshold, code) &&
    typeof minorDigits === 'number' &&
    Number.isInteger(minorDigits) &&
    minorDigits >= 0 &&
    minorDigits <= 4
  );
}
