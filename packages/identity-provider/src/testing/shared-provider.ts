import type { Clock } from 'step-up';

import { removeDataDir, startTestProvider, temporaryDataDir, type TestProvider } from './test-provider.js';

type Hook = typeof beforeAll;

function useProvider(
  start: Hook,
  stop: Hook,
  startsIn: string,
  options: { clock?: Clock },
): () => TestProvider {
  let provider: TestProvider | undefined;
  start(async () => {
    provider = await startTestProvider(temporaryDataDir(), undefined, options);
  });
  stop(async () => {
    await provider?.close();
    if (provider) {
      removeDataDir(provider.dataDir);
    }
  });
  return () => {
    if (!provider) {
      throw new Error(`the provider starts in ${startsIn}`);
    }
    return provider;
  };
}

/**
 * Starts one provider for the enclosing `describe` (fresh data directory, free port, the given clock if any) and
 * stops it afterwards. Returns a getter, since the provider exists only once `beforeAll` has run.
 */
export function useSharedProvider(options: { clock?: Clock } = {}): () => TestProvider {
  return useProvider(beforeAll, afterAll, 'beforeAll', options);
}

/** The same, with a fresh provider for every test (for per-account limits that must not leak between tests). */
export function useProviderPerTest(options: { clock?: Clock } = {}): () => TestProvider {
  return useProvider(beforeEach, afterEach, 'beforeEach', options);
}
