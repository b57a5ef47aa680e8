import type { AmountThresholds } from '../money/amount-threshold';
import { parseAmount } from '../money/amount';
import { CURRENCY_CODES, type CurrencyCode } from '../money/currencies';
import type { Money } from '../money/money';

/**
 * Round amounts of about the same value, roughly 1000 US dollars each when they were chosen, so that a
 * step-up is asked for the same sum whatever the currency. Exchange rates move; an operator who needs
 * exact equivalents sets `STEP_UP_AMOUNT_THRESHOLDS`.
 */
export const DEFAULT_AMOUNT_THRESHOLDS: Readonly<Record<CurrencyCode, string>> = {
  CHF: '800',
  EUR: '850',
  GBP: '750',
  JPY: '150000',
  KWD: '300',
  SEK: '9500',
  USD: '1000',
};

export type AmountThresholdsReading =
  { ok: true; value: AmountThresholds } | { ok: false; problems: string[] };

const ENTRY = /^([A-Za-z]{3}):(.*)$/;

/**
 * Reads `STEP_UP_AMOUNT_THRESHOLDS`: comma-separated `CODE:amount` pairs (`USD:1000,JPY:150000`), each
 * replacing one currency's default. Amounts follow the same rules as a transaction's amount in that
 * currency (plain decimal text, greater than zero, no more digits than the currency has). Spaces around
 * entries are ignored; an empty value keeps every default.
 */
export function readAmountThresholds(value: string): AmountThresholdsReading {
  const problems: string[] = [];
  const given = new Map<CurrencyCode, Money>();
  const entries = value.trim() === '' ? [] : value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    const currency = CURRENCY_CODES.find((code) => code === match?.[1]);
    if (match === null) {
      problems.push(`must list CODE:amount pairs such as USD:1000,JPY:150000 (got ${JSON.stringify(entry)})`);
    } else if (currency === undefined) {
      problems.push(
        `names ${JSON.stringify(match[1])}, which is not one of ${CURRENCY_CODES.join(', ')} (ISO 4217, in capitals)`,
      );
    } else if (given.has(currency)) {
      problems.push(`names ${currency} twice`);
    } else {
      const amount = parseAmount(match[2], currency);
      if (amount.ok) {
        given.set(currency, amount.value);
      } else {
        problems.push(`gives ${currency} an amount that ${amount.message} (got ${JSON.stringify(entry)})`);
      }
    }
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const thresholds = Object.fromEntries(
    CURRENCY_CODES.map((currency) => [currency, given.get(currency) ?? defaultThreshold(currency)]),
  ) as Record<CurrencyCode, Money>;
  return { ok: true, value: thresholds };
}

function defaultThreshold(currency: CurrencyCode): Money {
  const amount = parseAmount(DEFAULT_AMOUNT_THRESHOLDS[currency], currency);
  if (!amount.ok) {
    throw new RangeError(`The default threshold for ${currency} ${amount.message}`);
  }
  return amount.value;
}
