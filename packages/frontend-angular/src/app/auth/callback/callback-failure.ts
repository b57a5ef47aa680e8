/** What the callback page shows when a sign-in comes back without tokens. */
export interface CallbackFailure {
  /** The OAuth `error` code, or this app's name for a failure found by the SDK; shown to developers. */
  readonly code: string;
  readonly title: string;
  readonly message: string;
  /** Whether starting the sign-in again can help (not when the account cannot meet the requirement). */
  readonly canRetry: boolean;
}

type FailureText = Omit<CallbackFailure, 'code'>;

const PHISHING_RESISTANT_NEEDED: FailureText = {
  title: 'A passkey is needed',
  message:
    'This page needs a phishing-resistant sign-in, such as a passkey, and the sign-in finished without one. Open the page again and set up a passkey when the identity provider offers it.',
  canRetry: false,
};
const CANCELLED: FailureText = {
  title: 'Sign-in was cancelled',
  message: "Nothing has changed. You can try again whenever you're ready.",
  canRetry: true,
};
const SIGN_IN_NEEDED: FailureText = {
  title: 'Please sign in',
  message: 'The identity provider needs you to sign in before it can continue.',
  canRetry: true,
};
const PROVIDER_UNAVAILABLE: FailureText = {
  title: 'Sign-in is unavailable',
  message: "The identity provider couldn't finish the sign-in just now. Please try again in a moment.",
  canRetry: true,
};
const MISCONFIGURED: FailureText = {
  title: "This app's sign-in is misconfigured",
  message:
    "The identity provider refused this app's sign-in request. Its client settings (redirect URI, grant types or scopes) need fixing.",
  canRetry: false,
};
const LEVEL_NOT_REACHED: FailureText = {
  title: "Sign-in didn't reach the required level",
  message:
    "You signed in, but not with the kind of sign-in this page asked for, so the app didn't accept it.",
  canRetry: false,
};
const STALE: FailureText = {
  title: 'This sign-in has expired',
  message: 'This sign-in response was already used, or it belongs to another tab. Start the sign-in again.',
  canRetry: true,
};
const UNKNOWN: FailureText = {
  title: "Sign-in didn't complete",
  message: 'Something went wrong while finishing the sign-in.',
  canRetry: true,
};

/** OAuth 2.0 (RFC 6749 §4.1.2.1), OpenID Connect Core §3.1.2.6 and RFC 9470 error codes. */
const BY_CODE: Readonly<Record<string, FailureText>> = {
  unmet_authentication_requirements: PHISHING_RESISTANT_NEEDED,
  access_denied: CANCELLED,
  login_required: SIGN_IN_NEEDED,
  interaction_required: SIGN_IN_NEEDED,
  consent_required: SIGN_IN_NEEDED,
  account_selection_required: SIGN_IN_NEEDED,
  temporarily_unavailable: PROVIDER_UNAVAILABLE,
  server_error: PROVIDER_UNAVAILABLE,
  invalid_request: MISCONFIGURED,
  invalid_client: MISCONFIGURED,
  invalid_scope: MISCONFIGURED,
  unauthorized_client: MISCONFIGURED,
  unsupported_response_type: MISCONFIGURED,
  request_not_supported: MISCONFIGURED,
  request_uri_not_supported: MISCONFIGURED,
  registration_not_supported: MISCONFIGURED,
  invalid_request_uri: MISCONFIGURED,
  invalid_request_object: MISCONFIGURED,
  acr_not_reached: LEVEL_NOT_REACHED,
  stale_callback: STALE,
};

/** RFC 6749 error codes are NQSCHAR (printable ASCII without `"` and `\`); anything else is not echoed. */
const ERROR_CODE = /^[\x20\x21\x23-\x5b\x5d-\x7e]{1,64}$/;

/**
 * When the sign-in answered a step-up, the page goes on to say exactly what was needed and for what,
 * so the message only says why the provider could not give it.
 */
const STEP_UP_LEVEL_UNAVAILABLE: FailureText = {
  ...PHISHING_RESISTANT_NEEDED,
  message:
    'The sign-in finished without that level: no passkey was set up or used. Start again from the page and set up a passkey when the identity provider offers it.',
};

/**
 * The page text for an `error` code; unknown codes get a generic message. `forStepUp`: the sign-in
 * was a step-up, whose requirement the page shows next to the message.
 */
export function callbackFailure(code: string, forStepUp = false): CallbackFailure {
  const text = Object.hasOwn(BY_CODE, code) ? BY_CODE[code] : UNKNOWN;
  const wording = forStepUp && text === PHISHING_RESISTANT_NEEDED ? STEP_UP_LEVEL_UNAVAILABLE : text;
  return { code: ERROR_CODE.test(code) ? code : 'unknown', ...wording };
}

/**
 * Names the failure of a callback: the provider's `error` parameter when the URL has one (it is the
 * provider's own answer, whatever the SDK threw afterwards), otherwise the SDK error: an OAuth error
 * code, a token whose `acr` differs from the one requested, or a callback whose transaction is gone.
 */
export function callbackFailureCode(providerError: string | null | undefined, thrown: unknown): string {
  if (providerError) {
    return providerError;
  }
  const { name, errorCode, message } = (thrown ?? {}) as {
    name?: unknown;
    errorCode?: unknown;
    message?: unknown;
  };
  if (name === 'OAuthError' && typeof errorCode === 'string' && errorCode !== '') {
    return errorCode;
  }
  const text = typeof message === 'string' ? message : '';
  if (text.includes('does not match acr_values')) {
    return 'acr_not_reached';
  }
  if (/PKCE codeVerifier|redirect params from storage|state doesn't match/.test(text)) {
    return 'stale_callback';
  }
  return 'unknown';
}
