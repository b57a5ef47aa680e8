// How much slower a function gets when its input grows, measured without a wall-clock limit: the fastest of a
// few runs on a small input against the fastest on an input `factor` times larger. A linear algorithm gives a
// ratio near `factor`, a quadratic one near `factor²`, whatever the machine's speed or load.
export function growthRatio(
  run: (input: string) => unknown,
  makeInput: (size: number) => string,
  size: number,
  factor: number,
): number {
  const small = makeInput(size);
  const large = makeInput(size * factor);
  run(small); // let the engine compile the code paths before timing them
  return fastest(() => run(large)) / fastest(() => run(small));
}

function fastest(action: () => void, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    action();
    best = Math.min(best, performance.now() - started);
  }
  // A run too quick for the timer's resolution still counts as some time, so the ratio stays finite.
  return Math.max(best, 0.001);
}
