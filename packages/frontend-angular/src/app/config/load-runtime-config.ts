import { parseRuntimeConfig, RuntimeConfig, RuntimeConfigError } from './runtime-config';

export const RUNTIME_CONFIG_URL = '/config.json';

/**
 * Fetches and validates `/config.json` before the app boots. Every failure becomes a
 * {@link RuntimeConfigError} whose message says what went wrong, so the page can show it.
 */
export async function loadRuntimeConfig(
  fetchJson: typeof fetch,
  url = RUNTIME_CONFIG_URL,
): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchJson(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new RuntimeConfigError(`Could not load ${url}: the server did not answer.`, { cause: error });
  }
  if (!response.ok) {
    throw new RuntimeConfigError(`Could not load ${url}: the server answered HTTP ${response.status}.`);
  }
  if (/^\s*text\/html\b/i.test(response.headers.get('Content-Type') ?? '')) {
    throw new RuntimeConfigError(
      `Could not load ${url}: the server sent a web page instead, so the file is probably missing.`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new RuntimeConfigError(`${url} is not valid JSON.`, { cause: error });
  }
  return parseRuntimeConfig(body);
}
