import { html, type Html } from '../views/html.js';

/** The two script files a passkey page loads: the WebAuthn browser library, then the page's ceremony. */
export const PASSKEY_SCRIPTS: readonly string[] = [
  '/assets/simplewebauthn-browser.js',
  '/assets/passkey-ceremony.js',
];

export interface PasskeyFormModel {
  /** Where the outcome is posted. */
  readonly action: string;
  readonly ceremony: 'registration' | 'authentication';
  /** The ceremony's options (JSON for `navigator.credentials`), carrying the interaction's challenge. */
  readonly options: unknown;
  readonly label: string;
  readonly primary: boolean;
}

/**
 * A form that runs a WebAuthn ceremony: `passkey-ceremony.js` reads `data-options`, asks the browser for the
 * passkey and posts the response in `credential` (or what went wrong in `outcome`), so the provider judges it
 * and shows any refusal as a page. Without script the form posts nothing and the provider says passkeys need it.
 */
export function renderPasskeyForm({ action, ceremony, options, label, primary }: PasskeyFormModel): Html {
  return html`<form
    method="post"
    action="${action}"
    data-passkey="${ceremony}"
    data-options="${JSON.stringify(options)}"
  >
    <input type="hidden" name="credential" value="" />
    <input type="hidden" name="outcome" value="" />
    <button type="submit" class="${primary ? 'primary' : 'secondary'}">${label}</button>
  </form>`;
}
