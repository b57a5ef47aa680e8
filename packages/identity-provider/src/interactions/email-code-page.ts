import { html } from '../views/html.js';
import { renderPage } from '../views/layout.js';

export interface EmailCodePageModel {
  /** `/oauth2/default/interaction/{uid}`: the forms post to `${base}/code`, `${base}/code/resend`, `${base}/cancel`. */
  readonly base: string;
  /** The address the code went to, masked (`a•••@example.com`). */
  readonly maskedEmail: string;
  readonly error?: string | undefined;
  /** A confirmation, e.g. that a new code was sent. */
  readonly notice?: string | undefined;
  /** Link to the development mailbox where codes are delivered. */
  readonly mailboxUrl?: string | undefined;
}

const ERROR_ID = 'code-error';

/** The email one-time code page: label "Verification code", buttons "Verify", "Send a new code" and "Cancel". */
export function renderEmailCodePage({
  base,
  maskedEmail,
  error,
  notice,
  mailboxUrl,
}: EmailCodePageModel): string {
  const invalid = error ? html` aria-invalid="true" aria-describedby="${ERROR_ID}"` : '';
  return renderPage({
    title: 'Check your email',
    hasError: error !== undefined,
    body: html` <p>
        We sent a 6-digit code to <strong>${maskedEmail}</strong>. Enter it below to verify it's you. The code
        expires in 5 minutes.
      </p>
      ${notice ? html`<p class="alert alert-ok" role="status">${notice}</p>` : ''}
      ${error ? html`<p id="${ERROR_ID}" class="alert alert-error" role="alert">${error}</p>` : ''}
      <form method="post" action="${base}/code" novalidate>
        <label for="code">Verification code</label>
        <input
          id="code"
          name="code"
          class="code"
          type="text"
          inputmode="numeric"
          pattern="[0-9]{6}"
          maxlength="6"
          autocomplete="one-time-code"
          required
          autofocus${invalid}
        />
        <button type="submit" class="primary">Verify</button>
      </form>
      <div class="row">
        <form method="post" action="${base}/code/resend">
          <button type="submit" class="link">Send a new code</button>
        </form>
        ${mailboxUrl ? html`<a href="${mailboxUrl}" target="_blank" rel="noopener">Open the dev mailbox<span class="muted"> (new tab)</span></a>` : ''}
      </div>
      <form method="post" action="${base}/cancel">
        <button type="submit" class="secondary">Cancel</button>
      </form>`,
  });
}

export interface CodeStepPausedPageModel {
  /** `/oauth2/default/interaction/{uid}`: the Cancel form posts to `${base}/cancel`. */
  readonly base: string;
  readonly retryAfterSeconds: number;
}

/** How long a pause lasts, in words: "15 minutes", "2 hours". */
export function pauseInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) {
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}

/**
 * The code step after too many wrong codes for the account: no code can be sent or entered until the
 * cool-off is over, said in plain words; "Cancel" returns to the application.
 */
export function renderCodeStepPausedPage({ base, retryAfterSeconds }: CodeStepPausedPageModel): string {
  return renderPage({
    title: 'Verification paused',
    hasError: true,
    body: html` <p class="alert alert-error" role="alert">
        Too many incorrect codes were entered for this account. For your security, signing in with an email
        code is paused. Try again in ${pauseInWords(retryAfterSeconds)}.
      </p>
      <p>If you did not enter them, someone else may know your password.</p>
      <form method="post" action="${base}/cancel">
        <button type="submit" class="secondary">Cancel</button>
      </form>`,
  });
}
