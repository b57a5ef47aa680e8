import { DeadlineExceededError, withDeadline } from './deadline';

describe('withDeadline', () => {
  it('settles like the promise when it settles in time', async () => {
    await expect(withDeadline(Promise.resolve('done'), 1_000, 'Work')).resolves.toBe('done');
    await expect(withDeadline(Promise.reject(new Error('broken')), 1_000, 'Work')).rejects.toThrow('broken');
  });

  it('rejects with DeadlineExceededError when the promise takes too long', async () => {
    const never = new Promise<never>(() => undefined);

    const outcome = withDeadline(never, 10, 'The signature check');

    await expect(outcome).rejects.toThrow(
      new DeadlineExceededError('The signature check took longer than 10 ms'),
    );
    await expect(outcome).rejects.toBeInstanceOf(DeadlineExceededError);
  });
});
