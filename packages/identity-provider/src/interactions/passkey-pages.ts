import { html } from '../views/html.js';
import { renderPage } from '../views/layout.js';
import { PASSKEY_SCRIPTS, renderPasskeyForm } from './passkey-form.js';

export interface PasskeyPageModel {
  /** `/oauth2/default/interaction/{uid}`. */
  readonly base: string;
  /** The signed-in account's email, masked. */
  readonly maskedEmail: string;
  /** The ceremony's options (with this page's challenge). */
  readonly options: unknown;
  readonly error?: string | undefined;
}

const ERROR_ID = 'passkey-error';

function errorAlert(error: string | undefined) {
  return error ? html`<p id="${ERROR_ID}" class="alert alert-error" role="alert">${error}</p>` : '';
}

/**
 * Offered when `phr` is requested, the account has no passkey and the password and email code were both proved
 * in the last five minutes: buttons "Set up a passkey" and "Not now" (the application is told the level could
 * not be met).
 */
export function renderPasskeyEnrollmentPage({ base, maskedEmail, options, error }: PasskeyPageModel): string {
  return renderPage({
    title: 'Set up a passkey',
    hasError: error !== undefined,
    scripts: PASSKEY_SCRIPTS,
    body: html` <p>
        This needs phishing-resistant sign-in. You've confirmed your password and an email code, so you can
        add a passkey to <strong>${maskedEmail}</strong> now.
      </p>
      <p>
        Your device saves the passkey and asks for your fingerprint, face or screen lock to use it. It only
        works on this sign-in page, so it cannot be phished.
      </p>
      ${errorAlert(error)}
      ${renderPasskeyForm({
        action: `${base}/passkey/enroll`,
        ceremony: 'registration',
        options,
        label: 'Set up a passkey',
        primary: true,
      })}
      <form method="post" action="${base}/passkey/skip">
        <button type="submit" class="secondary">Not now</button>
      </form>`,
  });
}

/** Offered when `phr` is requested and the signed-in account has a passkey: "Use your passkey", "Cancel". */
export function renderUsePasskeyPage({ base, maskedEmail, options, error }: PasskeyPageModel): string {
  return renderPage({
    title: 'Use your passkey',
    hasError: error !== undefined,
    scripts: PASSKEY_SCRIPTS,
    body: html` <p>
        This needs phishing-resistant sign-in. Confirm it's you with the passkey of
        <strong>${maskedEmail}</strong>
        on this device.
      </p>
      ${errorAlert(error)}
      ${renderPasskeyForm({
        action: `${base}/passkey`,
        ceremony: 'authentication',
        options,
        label: 'Use your passkey',
        primary: true,
      })}
      <form method="post" action="${base}/cancel">
        <button type="submit" class="secondary">Cancel</button>
      </form>`,
  });
}
