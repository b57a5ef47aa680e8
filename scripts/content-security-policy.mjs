// The SPA's Content-Security-Policy: `npm start` sends it with every page of the dev server, and a deployment
// sends the same header (see the SPA's README). Only the issuer's origin varies, so it is built here from the
// validated start configuration.

// An origin as `new URL(...).origin` writes it for http(s): scheme, host (name, IPv4 or [IPv6]) and port. Nothing
// that could end a source list (`;`, `,`, spaces) or quote a keyword gets into the header.
const ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * @param {{ issuer: string }} config the start configuration (see start-config.mjs)
 * @returns {string} the header's value
 */
export function spaContentSecurityPolicy({ issuer }) {
  const issuerOrigin = new URL(issuer).origin;
  if (!ORIGIN.test(issuerOrigin)) {
    throw new Error(`the issuer's origin "${issuerOrigin}" cannot be written into a Content-Security-Policy`);
  }
  return [
    // Everything the app loads comes from its own origin: scripts, styles, images, fonts, the runtime
    // configuration, and the API, which the SPA reaches at /api on its own origin.
    "default-src 'self'",
    // No inline script and no eval: the build's index.html loads its scripts from files.
    "script-src 'self'",
    // Angular adds each component's styles to the page as <style> elements when the component first renders.
    // Allowing them by nonce needs a server that writes a fresh nonce into every index.html it sends (Angular's
    // `ngCspNonce`); a static file server can't, so inline styles are allowed. Styles run no code.
    "style-src 'self' 'unsafe-inline'",
    // okta-auth-js fetches tokens, keys and user info from the issuer, and ends the provider's session there.
    `connect-src 'self' ${issuerOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Not to be framed by any page: no clickjacking of the step-up confirmations.
    "frame-ancestors 'none'",
  ].join('; ');
}
