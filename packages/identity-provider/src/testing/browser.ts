/** Where a navigation ended: a page of the provider, or a redirect to the client (the SPA is not running). */
export type Landing =
  | {
      readonly kind: 'page';
      readonly url: URL;
      readonly status: number;
      readonly html: string;
      readonly headers: Headers;
    }
  | { readonly kind: 'client'; readonly url: URL };

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

export interface RequestOptions {
  readonly method?: string;
  readonly form?: Record<string, string> | URLSearchParams;
  readonly headers?: Record<string, string>;
  /** A raw body, for requests a form would never send. */
  readonly body?: string | Uint8Array;
}

/**
 * A minimal browser for driving the provider over HTTP in tests: keeps cookies (by name and path), follows
 * redirects by hand and stops when a redirect leaves for the client's origin.
 */
export class Browser {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly clientOrigin: string) {}

  async request(
    url: string | URL,
    { method = 'GET', form, headers = {}, body }: RequestOptions = {},
  ): Promise<Response> {
    const target = new URL(url);
    const cookie = [...this.cookies.values()]
      .filter(
        ({ path }) =>
          target.pathname === path || target.pathname.startsWith(path.endsWith('/') ? path : `${path}/`),
      )
      .map(({ name, value }) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(target, {
      method,
      redirect: 'manual',
      headers: {
        ...(cookie && { cookie }),
        ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      ...(form && { body: new URLSearchParams(form).toString() }),
      ...(body !== undefined && { body }),
    });
    this.store(response.headers.getSetCookie());
    return response;
  }

  /** Requests `url` and follows redirects until a page, or a redirect to the client. */
  async navigate(url: string | URL, options: RequestOptions = {}): Promise<Landing> {
    let response = await this.request(url, options);
    let current = new URL(url);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return {
          kind: 'page',
          url: current,
          status: response.status,
          html: await response.text(),
          headers: response.headers,
        };
      }
      await response.arrayBuffer();
      current = new URL(location, current);
      if (current.origin === this.clientOrigin) {
        return { kind: 'client', url: current };
      }
      response = await this.request(current);
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }

  hasCookie(name: string): boolean {
    return [...this.cookies.values()].some((cookie) => cookie.name === name);
  }

  private store(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='))?.slice(8);
      const key = `${name};${path}`;
      if (value === '' || (expires !== undefined && new Date(expires).getTime() <= Date.now())) {
        this.cookies.delete(key);
      } else {
        this.cookies.set(key, { name, value, path });
      }
    }
  }
}
