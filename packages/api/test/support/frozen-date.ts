/**
 * Freezes `Date` (what both this API and the token library read) at `epochMilliseconds`, leaving
 * every timer, tick and microtask real so that HTTP keeps flowing.
 */
export function freezeDate(epochMilliseconds: number): void {
  jest.useFakeTimers({
    now: epochMilliseconds,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

export function unfreezeDate(): void {
  jest.useRealTimers();
}
