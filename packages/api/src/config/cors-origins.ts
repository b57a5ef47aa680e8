/** The origins allowed to call the API from a browser, or why each bad entry of the list is unusable. */
export type CorsOriginsReading = { ok: true; value: string[] } | { ok: false; problems: string[] };

/**
 * Reads `CORS_ORIGINS`: a comma-separated list of exact web origins (RFC 6454), each an `http` or
 * `https` scheme, a host and an optional port, written as a browser sends it in `Origin`
 * (`https://app.example.com`, `http://localhost:4200`): lower case, no default port, no path, not
 * even a trailing slash. Spaces around entries are ignored; duplicates are dropped. Wildcards and the
 * `null` origin are refused: an origin is trusted by name only. An empty list allows no origin.
 * Every bad entry is reported, each problem once.
 */
export function parseCorsOrigins(value: string): CorsOriginsReading {
  const origins: string[] = [];
  const problems: string[] = [];
  const entries = value.trim() === '' ? [] : value.split(',').map((part) => part.trim());
  for (const entry of entries) {
    const problem = originProblem(entry);
    if (problem !== undefined) {
      if (!problems.includes(problem)) {
        problems.push(problem);
      }
    } else if (!origins.includes(entry)) {
      origins.push(entry);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: origins };
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
