/** A non-negative decimal number held exactly: `coefficient / 10^scale` (e.g. 1234.50 is 123450 / 10^2). */
export interface ExactDecimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

/** Plain decimal notation: no sign, no exponent, no leading zeros, digits on both sides of a point. */
const DECIMAL_TEXT = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

/**
 * Reads `text` written in plain decimal notation (`0`, `1000`, `1234.50`, `0.05`), exactly, without
 * floating point. Returns `undefined` for anything else: signs, exponents (`1e3`), leading zeros
 * (`00.10`), a bare point (`.5`, `5.`), spaces, separators or non-ASCII digits.
 */
export function parseExactDecimal(text: string): ExactDecimal | undefined {
  const match = DECIMAL_TEXT.exec(text);
  if (match === null) {
    return undefined;
  }
  const [, whole = '', fraction = ''] = match;
  return { coefficient: BigInt(whole + fraction), scale: fraction.length };
}

/** `value` expressed with `scale` digits after the point; `scale` must not drop non-zero digits. */
export function rescale(value: ExactDecimal, scale: number): bigint {
  if (scale >= value.scale) {
    return value.coefficient * 10n ** BigInt(scale - value.scale);
  }
  const divisor = 10n ** BigInt(value.scale - scale);
  if (value.coefficient % divisor !== 0n) {
    throw new RangeError(`Cannot express the value with ${scale} digits after the point without rounding`);
  }
  return value.coefficient / divisor;
}
