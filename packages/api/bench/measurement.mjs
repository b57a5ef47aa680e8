// How the benchmarks turn repeated runs into one number: medians of rounds, never a single run.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Microseconds per call of `operation` (sync or async) over `inputs`, one call per input. */
export async function microsecondsPerCall(inputs, operation) {
  const startedAt = process.hrtime.bigint();
  for (const input of inputs) {
    await operation(input);
  }
  return Number(process.hrtime.bigint() - startedAt) / 1000 / inputs.length;
}

export const format = (value, digits = 1) => value.toFixed(digits);
