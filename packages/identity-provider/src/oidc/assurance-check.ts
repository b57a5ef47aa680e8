import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import type Provider from 'oidc-provider';
import { epochSeconds, parseAcrValues, type Clock } from 'step-up';

import { decideAuthentication, type AuthenticationDecision } from '../authentication/assurance-policy.js';
import { factorProofOf, type FactorProofs } from '../authentication/factor-proofs.js';
import type { PasskeyStore } from '../passkeys/passkey-store.js';

/** What the assurance check reads besides the request and the session. */
export interface AssuranceSources {
  readonly passkeys: PasskeyStore;
  readonly proofs: FactorProofs;
  /** The time `auth_time` and the factors' proof times are judged against. */
  readonly clock: Clock;
}

/** The {@link AuthenticationDecision} for the authorization request in `ctx` and its session. */
export function decisionFor(
  ctx: KoaContextWithOIDC,
  { passkeys, proofs, clock }: AssuranceSources,
): AuthenticationDecision {
  const { oidc } = ctx;
  const maxAge = oidc.params?.['max_age'];
  const session = oidc.session;
  const accountId = session?.accountId;
  return decideAuthentication(
    {
      accountId,
      amr: session?.amr,
      authTime: session?.authTime(),
      factorTimes:
        session && accountId ? proofs.timesFor(session.uid, accountId, factorProofOf(oidc.result)) : {},
      hasPasskey: accountId ? passkeys.hasPasskey(accountId) : false,
    },
    {
      acrValues: parseAcrValues(
        typeof oidc.params?.['acr_values'] === 'string' ? oidc.params['acr_values'] : undefined,
      ),
      maxAge: maxAge === undefined ? undefined : Number(maxAge),
      loginRequested: oidc.promptPending('login'),
      justAuthenticated: oidc.result?.login !== undefined,
    },
    epochSeconds(clock),
  );
}

/**
 * A login-prompt check for `acr_values` and `max_age`, which oidc-provider alone does not enforce with
 * `acr_values`: it asks for an interaction whenever the session must authenticate again or add a factor,
 * and records the decision in the interaction's prompt details (`details.authentication`) for the sign-in
 * pages. A level this provider cannot reach ends the request at once with `unmet_authentication_requirements`
 * (returned to the client's redirect_uri), so the user is never asked for something that cannot succeed.
 */
export function assuranceCheck(sources: AssuranceSources): interactionPolicy.Check {
  return new interactionPolicy.Check(
    'acr_values',
    'the session does not meet the requested authentication level or recency',
    (ctx) => {
      const decision = decisionFor(ctx, sources);
      if (decision.step === 'unmet') {
        throw new errors.UnmetAuthenticationRequirements(decision.description);
      }
      return decision.step === 'none'
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    },
    (ctx) => ({ authentication: decisionFor(ctx, sources) }),
  );
}

/** oidc-provider's default prompts with {@link assuranceCheck} added to the login prompt. */
export function interactionPolicyWithAssurance(sources: AssuranceSources): interactionPolicy.Prompt[] {
  const policy = interactionPolicy.base();
  policy.get('login')!.checks.add(assuranceCheck(sources));
  return policy;
}

/**
 * Right before the provider answers, records the `acr` it answers with in the session: the requested value when
 * the session satisfies it (okta-auth-js compares `acr` to `acr_values` by exact string), else the session's
 * level. The ID token, access token and refresh token take `acr` from here; the session's real strength stays
 * in its `amr`, so answering a lower requested value never lowers the session.
 */
export function recordAnsweredAcr(sources: AssuranceSources) {
  return (ctx: KoaContextWithOIDC): void => {
    const { session } = ctx.oidc;
    const decision = decisionFor(ctx, sources);
    if (session && decision.step === 'none' && session.acr !== decision.acr) {
      session.acr = decision.acr;
    }
  };
}

/**
 * After a sign-in step resumed the authorization request, remembers which factors it proved and when for the
 * session it completed (see {@link FactorProofs}).
 */
export function recordFactorProofs(proofs: FactorProofs): Parameters<Provider['use']>[0] {
  return async (ctx, next) => {
    await next();
    const { oidc } = ctx as KoaContextWithOIDC;
    const proof = factorProofOf(oidc?.result);
    const session = oidc?.session;
    if (proof && session?.accountId) {
      proofs.record(session.uid, session.accountId, proof);
    }
  };
}
