import type { Page } from '@playwright/test';

/** The two-factor `acr` value the SPA asks the provider for (Okta's `urn:okta:loa:2fa:any`). */
export const TWO_FACTOR = 'urn:okta:loa:2fa:any';

/** One navigation to the provider's authorize endpoint, with the step-up parameters it carried. */
export interface AuthorizeNavigation {
  readonly acrValues: string | null;
  readonly maxAge: string | null;
}

/** One answered API call. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly idempotencyKey: string | null;
}

/** What a step-up flow did on the wire, recorded from the moment it is created. */
export interface StepUpTraffic {
  /** Browser navigations to `{issuer}/v1/authorize` (redirects out to the provider). */
  readonly authorize: readonly AuthorizeNavigation[];
  /** Browser navigations to the SPA's `/login/callback` (redirects back). */
  readonly callbacks: readonly string[];
  /** Navigations to `{issuer}/v1/authorize` in windows the page opened (popup step-ups). */
  readonly popupAuthorize: readonly AuthorizeNavigation[];
  /** Documents the page itself loaded (a reload or a redirect would add one). */
  readonly pageLoads: readonly string[];
  /** Answered calls to `path` with `method`, in order. */
  apiCalls(method: string, path: string): ApiCall[];
}

export function recordStepUpTraffic(page: Page): StepUpTraffic {
  const authorize: AuthorizeNavigation[] = [];
  const callbacks: string[] = [];
  const calls: ApiCall[] = [];
  const popupAuthorize: AuthorizeNavigation[] = [];
  const pageLoads: string[] = [];
  page.on('request', (request) => {
    if (!request.isNavigationRequest()) return;
    const url = new URL(request.url());
    if (request.frame() === page.mainFrame()) pageLoads.push(request.url());
    if (url.pathname.endsWith('/v1/authorize')) {
      authorize.push(authorizeNavigation(url));
    } else if (url.pathname === '/login/callback') {
      callbacks.push(request.url());
    }
  });
  page.on('popup', (popup) => {
    popup.on('request', (request) => {
      const url = new URL(request.url());
      if (request.isNavigationRequest() && url.pathname.endsWith('/v1/authorize')) {
        popupAuthorize.push(authorizeNavigation(url));
      }
    });
  });
  // Recorded as each answer arrives, with nothing awaited, so a call is counted before the page has it.
  page.on('response', (response) => {
    const request = response.request();
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) {
      calls.push({
        method: request.method(),
        path: url.pathname,
        status: response.status(),
        idempotencyKey: request.headers()['idempotency-key'] ?? null,
      });
    }
  });
  return {
    authorize,
    callbacks,
    popupAuthorize,
    pageLoads,
    apiCalls: (method, path) => calls.filter((call) => call.method === method && call.path === path),
  };
}

function authorizeNavigation(url: URL): AuthorizeNavigation {
  return { acrValues: url.searchParams.get('acr_values'), maxAge: url.searchParams.get('max_age') };
}

/** The statuses of `calls`, in order: `[401, 201]` is a challenge and one successful replay. */
export function statusesOf(calls: readonly ApiCall[]): number[] {
  return calls.map(({ status }) => status);
}
