import type { Response } from 'supertest';

/** What this API answers a token that falls short (RFC 9470): the challenge in full, and its description. */
export interface StepUpAnswer {
  readonly challenge: string;
  readonly description: string;
}

export const TWO_FACTORS_NEEDED: StepUpAnswer = {
  challenge:
    'Bearer realm="api", error="insufficient_user_authentication", ' +
    'error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"',
  description: 'A different authentication level is required',
};

export const PASSKEY_NEEDED: StepUpAnswer = {
  challenge:
    'Bearer realm="api", error="insufficient_user_authentication", ' +
    'error_description="A different authentication level is required", acr_values="phr"',
  description: 'A different authentication level is required',
};

export const recentAuthenticationNeeded = (maxAge: number): StepUpAnswer => ({
  challenge:
    'Bearer realm="api", error="insufficient_user_authentication", ' +
    `error_description="More recent authentication is required", max_age="${maxAge}"`,
  description: 'More recent authentication is required',
});

export const recentTwoFactorsNeeded = (maxAge: number): StepUpAnswer => ({
  challenge:
    'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication ' +
    `level and more recent authentication are required", acr_values="urn:okta:loa:2fa:any", max_age="${maxAge}"`,
  description: 'A different authentication level and more recent authentication are required',
});

/** A 401 with `expected`'s challenge in WWW-Authenticate and the same error in the JSON body. */
export function expectStepUp(response: Response, expected: StepUpAnswer): void {
  expect(response.status).toBe(401);
  expect(response.headers['www-authenticate']).toBe(expected.challenge);
  expect(response.body).toEqual({
    error: 'insufficient_user_authentication',
    error_description: expected.description,
  });
}
