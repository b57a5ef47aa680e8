import { loadRuntimeConfig } from './load-runtime-config';
import { RuntimeConfigError } from './runtime-config';

function respond(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return jest.fn().mockResolvedValue({
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null) },
    json: () => Promise.resolve().then(() => JSON.parse(body) as unknown),
  });
}

describe('loadRuntimeConfig', () => {
  it('returns the validated configuration and asks for a fresh copy', async () => {
    const fetchJson = respond(
      200,
      '{ "issuer": "http://localhost:3001/oauth2/default", "clientId": "stepup-spa" }',
    );

    await expect(loadRuntimeConfig(fetchJson)).resolves.toEqual({
      issuer: 'http://localhost:3001/oauth2/default',
      clientId: 'stepup-spa',
      stepUpMode: 'redirect',
      accountMaxAge: 30,
    });
    expect(fetchJson).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it.each([
    {
      description: 'says the server did not answer when the request fails',
      fetchJson: jest.fn().mockRejectedValue(new TypeError('Failed to fetch')),
      message: 'Could not load /config.json: the server did not answer.',
    },
    {
      description: 'names the HTTP status when the file is missing',
      fetchJson: respond(404, 'Not found', 'text/plain'),
      message: 'Could not load /config.json: the server answered HTTP 404.',
    },
    {
      description: 'recognises a single-page-app fallback page instead of the file',
      fetchJson: respond(200, '<!doctype html>', 'text/html; charset=utf-8'),
      message:
        'Could not load /config.json: the server sent a web page instead, so the file is probably missing.',
    },
    {
      description: 'reports a file that is not JSON',
      fetchJson: respond(200, '{ issuer: nope }'),
      message: '/config.json is not valid JSON.',
    },
    {
      description: 'reports a JSON file with bad values',
      fetchJson: respond(200, '{ "issuer": "http://id.example.com", "clientId": "spa" }'),
      message:
        'config.json "issuer" must use https unless its host is localhost, 127.0.0.1 or [::1] (got "http://id.example.com").',
    },
  ])('$description', async ({ fetchJson, message }) => {
    const loading = loadRuntimeConfig(fetchJson);

    await expect(loading).rejects.toBeInstanceOf(RuntimeConfigError);
    await expect(loading).rejects.toThrow(message);
  });
});
