/** A promise that did not settle in time. */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError';
  readonly code = 'deadline_exceeded';
}

/**
 * Settles like `promise`, or rejects with {@link DeadlineExceededError} after `milliseconds`,
 * whichever comes first. The timer never keeps the process alive.
 */
export function withDeadline<T>(promise: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DeadlineExceededError(`${what} took longer than ${milliseconds} ms`)),
      milliseconds,
    );
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
