import { request } from 'node:http';

import { useSharedProvider } from '../testing/shared-provider.js';

/** A GET with any `Host` header (fetch would not send one it did not derive from the URL). */
function getWithHost(url: string, host: string | undefined): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        setHost: host !== undefined,
        headers: host === undefined ? {} : { host },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the Host header on every provider route', () => {
  const provider = useSharedProvider();
  const port = () => String(provider().port);

  const routes = [
    '/oauth2/default/.well-known/openid-configuration',
    '/oauth2/default/v1/keys',
    '/oauth2/default/v1/authorize?client_id=stepup-spa',
    '/oauth2/default/interaction/abc',
    '/api/v1/sessions/me',
    '/dev/mailbox',
    '/dev/mailbox.json',
    '/no/such/page',
  ];
  const foreignHosts: ReadonlyArray<(port: string) => string> = [
    (p) => `attacker.example:${p}`,
    () => 'attacker.example',
    (p) => `127.0.0.1:${p}`,
    (p) => `[::1]:${p}`,
    () => 'localhost',
    () => 'localhost:1',
    (p) => `localhost.:${p}`,
    (p) => `localhost:${p}.attacker.example`,
  ];

  it.each(routes.flatMap((route) => foreignHosts.map((host) => ({ route, host }))))(
    'refuses $route for a host other than the issuer’s with 421',
    async ({ route, host }) => {
      const response = await getWithHost(`${provider().url}${route}`, host(port()));

      expect(response.status).toBe(421);
      expect(response.body).toContain(`This sign-in service answers only at localhost:${port()}.`);
      expect(response.body).not.toContain('attacker');
    },
  );

  it('refuses a request without a Host header', async () => {
    const response = await getWithHost(`${provider().url}/oauth2/default/v1/keys`, undefined);

    expect([400, 421]).toContain(response.status);
  });

  it.each([(p: string) => `localhost:${p}`, (p: string) => `LOCALHOST:${p}`])(
    'answers the issuer’s own host (%#)',
    async (host) => {
      const response = await getWithHost(
        `${provider().url}/oauth2/default/.well-known/openid-configuration`,
        host(port()),
      );

      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ issuer: provider().issuer });
    },
  );
});
