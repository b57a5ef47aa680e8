// @okta/okta-auth-js's default entry as this app's build sees it (angular.json `fileReplacements`): its core entry.
//
// The default entry builds the OktaAuth class with the IDX, authn and MyAccount mixins when it loads: Okta's
// embedded sign-in and account APIs, which an app that signs in by redirect never calls. Because the mixins are
// applied at module load, no bundler can leave them out once anything imports that entry, and @okta/okta-angular
// imports it (for AuthSdkError and toRelativeUrl), as does the app (for OktaAuth). The core entry exports the same
// names, OktaAuth included: the same client for the authorization code flow with PKCE, tokens, renewal, sign-out.
// The unit tests load okta-auth-js's core build too (jest.config.js), so code that reached for the missing APIs
// would fail there.
export * from '@okta/okta-auth-js/core';
export { default } from '@okta/okta-auth-js/core';
