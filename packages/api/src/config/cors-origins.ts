/** The origins allowed to call the API from a browser, or the reason the list is unusable. */
export type CorsOriginsReading = { ok: true; origins: string[] } | { ok: false; problem: string };

/**
 * Reads `CORS_ORIGINS`: a comma-separated list of exact web origins (RFC 6454), each an `http` or
 * `https` scheme, a host and an optional port, written as a browser sends it in `Origin`
 * (`https://app.example.com`, `http://localhost:4200`): lower case, no default port, no path, not
 * even a trailing slash. Spaces around entries are ignored; duplicates are dropped. Wildcards and the
 * `null` origin are refused: an origin is trusted by name only. An empty list allows no origin.
 */
export function parseCorsOrigins(value: string): CorsOriginsReading {
  const origins: string[] = [];
  if (value.trim() === '') {
    return { ok: true, origins };
  }
  for (const entry of value.split(',').map((part) => part.trim())) {
    const problem = originProblem(entry);
    if (problem !== undefined) {
      return { ok: false, problem };
    }
    if (!origins.includes(entry)) {
      origins.push(entry);
    }
  }
  return { ok: true, origins };
}

function originProblem(entry: string): string | undefined {
  if (entry === '') {
    return 'has an empty entry';
  }
  if (entry.includes('*')) {
    return `may not use wildcards (${JSON.stringify(entry)}): list every origin`;
  }
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `must list origins such as https://app.example.com (${JSON.stringify(entry)} is not one)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `must list http or https origins (${JSON.stringify(entry)} is not one)`;
  }
  if (url.origin !== entry) {
    return `must list bare origins as browsers send them: ${JSON.stringify(url.origin)} rather than ${JSON.stringify(entry)}`;
  }
  return undefined;
}
