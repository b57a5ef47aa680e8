// Runs the WebAuthn ceremony of a sign-in page with @simplewebauthn/browser (loaded just before this file as
// the global SimpleWebAuthnBrowser) and posts the outcome with the page's own form, so the provider judges the
// response and shows every refusal as a page. Served with `script-src 'self'`; no inline script anywhere.
'use strict';

function browserOutcome(error) {
  const name = (error && error.cause && error.cause.name) || (error && error.name);
  const code = error && error.code;
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') {
    return 'cancelled';
  }
  if (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return 'already-registered';
  }
  return 'failed';
}

async function runCeremony(form) {
  const webauthn = window.SimpleWebAuthnBrowser;
  if (!webauthn || !webauthn.browserSupportsWebAuthn()) {
    form.elements.namedItem('outcome').value = 'unsupported';
    return;
  }
  const optionsJSON = JSON.parse(form.dataset.options);
  try {
    const response =
      form.dataset.passkey === 'registration'
        ? await webauthn.startRegistration({ optionsJSON })
        : await webauthn.startAuthentication({ optionsJSON });
    form.elements.namedItem('credential').value = JSON.stringify(response);
  } catch (error) {
    form.elements.namedItem('outcome').value = browserOutcome(error);
  }
}

for (const form of document.querySelectorAll('form[data-passkey]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    void runCeremony(form).finally(() => form.submit());
  });
}
