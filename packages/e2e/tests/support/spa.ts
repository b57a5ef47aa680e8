import { expect, type Page } from '@playwright/test';
import type { DemoAccount } from './accounts';
import { enterPassword } from './provider-pages';
import { spaOrigin } from './ports';

/** Signs in from the SPA's home page with the password only: a one-factor session. */
export async function signInWithPassword(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await enterPassword(page, account);
  await expect(page).toHaveURL(`${spaOrigin}/`);
  await expect(page.getByTestId('user-name')).toHaveText(account.name);
}

/** Follows, for the rest of the test, every request the page makes to the provider's authorize endpoint. */
export function countAuthorizeRequests(page: Page): { readonly count: number; readonly acrValues: string[] } {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && url.pathname.endsWith('/v1/authorize')) {
      seen.push(url.searchParams.get('acr_values') ?? '');
    }
  });
  return {
    get count() {
      return seen.length;
    },
    get acrValues() {
      return [...seen];
    },
  };
}

/**
 * Waits until the SPA says no step-up is in flight: `<html data-step-up="settled">`, which the app sets
 * only while no navigation, API call, callback, sign-in window or redirect is under way (a page that
 * is leaving for the provider never settles). What a flow counted is then final: a loop would have
 * kept the page busy or taken it away, so the counts read after this must hold.
 */
export async function stepUpSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-step-up', 'settled');
}

/**
 * Waits until the sign-in window `popup` has closed. okta-auth-js closes it as soon as the code arrives,
 * which can be before a wait starts: a window already closed counts at once.
 */
export async function windowClosed(popup: Page): Promise<void> {
  if (!popup.isClosed()) {
    await popup.waitForEvent('close');
  }
}
