import type { NewAccount } from '../accounts/demo-accounts.js';
import { html } from '../views/html.js';
import { renderPage } from '../views/layout.js';
import { PASSKEY_SCRIPTS, renderPasskeyForm } from './passkey-form.js';

export interface SignInPageModel {
  /** `/oauth2/default/interaction/{uid}`: the forms post to `${base}/password` and `${base}/cancel`. */
  readonly base: string;
  /** What the user typed, kept after a failed attempt. */
  readonly email?: string | undefined;
  readonly error?: string | undefined;
  /** Accounts listed as a hint (development only). */
  readonly demoAccounts: readonly NewAccount[];
  /** Options of the "Sign in with a passkey" ceremony (any discoverable passkey, user verification required). */
  readonly passkeyOptions: unknown;
  /** Why the last passkey sign-in was refused; shown by the passkey button, not on the password fields. */
  readonly passkeyError?: string | undefined;
}

const ERROR_ID = 'sign-in-error';

/**
 * The sign-in page: labels "Email" and "Password", buttons "Sign in", "Sign in with a passkey" and "Cancel".
 */
export function renderSignInPage({
  base,
  email,
  error,
  demoAccounts,
  passkeyOptions,
  passkeyError,
}: SignInPageModel): string {
  const invalid = error ? html` aria-invalid="true" aria-describedby="${ERROR_ID}"` : '';
  return renderPage({
    title: 'Sign in',
    hasError: error !== undefined || passkeyError !== undefined,
    scripts: PASSKEY_SCRIPTS,
    body: html` <p>Use your email address and password, or a passkey, to continue.</p>
      ${error ? html`<p id="${ERROR_ID}" class="alert alert-error" role="alert">${error}</p>` : ''}
      <form method="post" action="${base}/password" novalidate>
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          required
          value="${email ?? ''}"
          ${invalid}${email ? '' : html` autofocus`}
        />
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required${invalid}${email ? html` autofocus` : ''}
        />
        <button type="submit" class="primary">Sign in</button>
      </form>
      <p class="divider"><span>or</span></p>
      ${passkeyError ? html`<p id="passkey-error" class="alert alert-error" role="alert">${passkeyError}</p>` : ''}
      ${renderPasskeyForm({
        action: `${base}/passkey`,
        ceremony: 'authentication',
        options: passkeyOptions,
        label: 'Sign in with a passkey',
        primary: false,
      })}
      <form method="post" action="${base}/cancel">
        <button type="submit" class="secondary">Cancel</button>
      </form>
      ${
        demoAccounts.length > 0
          ? html`<div class="hint">
              <p><strong>Demo accounts</strong></p>
              ${demoAccounts.map((account) => html`<p><code>${account.email}</code> / <code>${account.password}</code></p>`)}
            </div>`
          : ''
      }`,
  });
}
