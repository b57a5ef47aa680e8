import type { Clock } from 'step-up';

import { removeDataDir, startTestProvider, temporaryDataDir, type TestProvider } from './test-provider.js';

/**
 * Starts one provider for the enclosing `describe` (fresh data directory, free port, the given clock if any) and
 * stops it afterwards. Returns a getter, since the provider exists only once `beforeAll` has run.
 */
export function useSharedProvider(options: { clock?: Clock } = {}): () => TestProvider {
  let provider: TestProvider | undefined;
  beforeAll(async () => {
    provider = await startTestProvider(temporaryDataDir(), undefined, options);
  });
  afterAll(async () => {
    await provider?.close();
    if (provider) {
      removeDataDir(provider.dataDir);
    }
  });
  return () => {
    if (!provider) {
      throw new Error('the provider starts in beforeAll');
    }
    return provider;
  };
}

/** The same, with a fresh provider for every test (for per-account limits that must not leak between tests). */
export function useProviderPerTest(): () => TestProvider {
  let provider: TestProvider | undefined;
  beforeEach(async () => {
    provider = await startTestProvider(temporaryDataDir());
  });
  afterEach(async () => {
    await provider?.close();
    if (provider) {
      removeDataDir(provider.dataDir);
    }
  });
  return () => {
    if (!provider) {
      throw new Error('the provider starts in beforeEach');
    }
    return provider;
  };
}
