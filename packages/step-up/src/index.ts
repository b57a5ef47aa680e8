export { OktaAcr, parseAcrValues, satisfiesAcr, satisfiesAnyAcr, type OktaAcrValue } from './acr-ladder.js';
export { provesTwoFactors } from './authentication-methods.js';
export {
  assessAuthentication,
  type AuthenticationClaims,
  type StepUpRequirement,
  type StepUpShortfall,
} from './assessment.js';
export {
  BearerError,
  InsufficientScopeError,
  InsufficientUserAuthenticationError,
  InvalidRequestError,
  InvalidTokenError,
  MissingCredentialsError,
  type BearerErrorBody,
  type InsufficientScopeErrorOptions,
} from './bearer-errors.js';
export { extractBearerToken } from './bearer-token.js';
export {
  BearerChallengeMemo,
  formatBearerChallenge,
  type BearerChallengeFormat,
  type BearerChallengeParams,
} from './challenge-format.js';
export { parseWwwAuthenticate, type Challenge } from './challenge-parse.js';
export { epochSeconds, systemClock, type Clock } from './clock.js';
export { AUTH_TIME_CLOCK_SKEW_SECONDS, isAuthenticationRecent } from './recency.js';
export { findStepUpChallenge, type StepUpChallenge } from './step-up-challenge.js';
export {
  audienceProblem,
  clientIdProblem,
  issuerProblem,
  LOOPBACK_HOSTS,
  normalizeIssuer,
  portProblem,
  settingProblem,
} from './configuration-values.js';
