import { alertOf, buttonsOf, elementById, formsOf } from '../testing/html-form.js';
import { TestClient, type Page } from '../testing/oidc-client.js';
import { useSharedProvider } from '../testing/shared-provider.js';

describe('sign-in pages', () => {
  const provider = useSharedProvider();

  async function passwordPage(
    client = new TestClient(provider()),
  ): Promise<{ client: TestClient; page: Page }> {
    const { landing } = await client.authorize();
    if (landing.kind !== 'page') {
      throw new Error('expected the sign-in page');
    }
    return { client, page: landing };
  }

  it('labels its fields and buttons for people and browser tests', async () => {
    const { page } = await passwordPage();

    expect(page.status).toBe(200);
    expect(page.html).toContain('<label for="email">Email</label>');
    expect(page.html).toContain('<label for="password">Password</label>');
    expect(elementById(page.html, 'email')).toMatchObject({
      name: 'email',
      type: 'email',
      autocomplete: 'username',
      required: '',
      autofocus: '',
    });
    expect(elementById(page.html, 'password')).toMatchObject({
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
    });
    expect(buttonsOf(page.html)).toEqual(['Sign in', 'Sign in with a passkey', 'Cancel']);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the email after a wrong password and announces the error', async () => {
    const { client, page } = await passwordPage();

    const retry = (await client.submit(page, '/password', {
      email: 'alice@example.com',
      password: 'nope',
    })) as Page;

    expect(retry.status).toBe(422);
    expect(alertOf(retry.html)).toBe('Incorrect email or password.');
    expect(elementById(retry.html, 'sign-in-error')).toMatchObject({ role: 'alert' });
    expect(elementById(retry.html, 'email')).toMatchObject({
      value: 'alice@example.com',
      'aria-invalid': 'true',
      'aria-describedby': 'sign-in-error',
    });
    expect(elementById(retry.html, 'email')).not.toHaveProperty('autofocus');
    expect(elementById(retry.html, 'password')).toMatchObject({ 'aria-invalid': 'true', autofocus: '' });
  });

  it('asks for both fields when one is empty', async () => {
    const { client, page } = await passwordPage();

    const retry = (await client.submit(page, '/password', {
      email: 'alice@example.com',
      password: '',
    })) as Page;

    expect(retry.status).toBe(400);
    expect(alertOf(retry.html)).toBe('Enter your email and password.');
  });

  it('escapes what the user typed', async () => {
    const { client, page } = await passwordPage();

    const retry = (await client.submit(page, '/password', {
      email: '"><script>alert(1)</script>',
      password: 'x',
    })) as Page;

    expect(retry.html).not.toContain('<script>');
    expect(retry.html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(elementById(retry.html, 'email')?.['value']).toBe('"><script>alert(1)</script>');
  });

  const form = 'application/x-www-form-urlencoded';
  it.each([
    { description: 'a form sent as JSON', type: 'application/json', body: '{}', status: 415 },
    { description: 'a body over 16 KiB', type: form, body: `email=${'a'.repeat(17_000)}`, status: 413 },
    { description: 'a field sent twice', type: form, body: 'email=a&email=b&password=x', status: 400 },
    {
      description: 'a body that is not UTF-8',
      type: form,
      body: Buffer.from([0x65, 0x3d, 0xff, 0xfe]),
      status: 400,
    },
  ])('answers $description with $status, never 5xx', async ({ type, body, status }) => {
    const { client, page } = await passwordPage();

    const response = await client.browser.request(new URL(formsOf(page.html)[0].action, page.url), {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });

    expect(response.status).toBe(status);
    expect(await response.text()).toContain('Request refused');
  });

  it.each([
    { description: 'an interaction without its cookie', path: '/oauth2/default/interaction/abcdef' },
    { description: 'an interaction with an impossible id', path: '/oauth2/default/interaction/abc%00def' },
  ])('explains $description instead of failing', async ({ path }) => {
    const response = await fetch(`${provider().url}${path}`);

    expect([400, 404]).toContain(response.status);
    expect(await response.text()).toMatch(/has expired|There is nothing at this address/);
  });

  it('answers 405 with Allow for a GET to a form action', async () => {
    const { client, page } = await passwordPage();

    const response = await client.browser.request(new URL(`${page.url.pathname}/password`, page.url));

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('renders provider errors in the same layout without echoing markup', async () => {
    const response = await fetch(
      `${provider().issuer}/v1/authorize?client_id=%3Cb%3Eunknown%3C%2Fb%3E&response_type=code&scope=openid`,
    );
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('Sign-in could not continue');
    expect(html).not.toContain('<b>unknown</b>');
  });

  // Throttling and codes are per account (and codes rate-limited), so these tests get a provider each.
});
