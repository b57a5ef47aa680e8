import type { Context, Middleware } from 'koa';

import { ISSUER_PATH } from '../config/identity-provider-config.js';
import { HttpError } from '../http/http-error.js';
import { codeStepHolder, resendEmailCode, showEmailCode, submitEmailCode } from './email-code-step.js';
import {
  authenticationStep,
  finishInteraction,
  interactionBase,
  loadInteraction,
  sessionAccount,
  type Interaction,
  type InteractionDependencies,
} from './interaction-context.js';
import { showSignIn, submitPassword } from './password-step.js';
import { showEnrollment, showUsePasskey, submitEnrollment, submitPasskey } from './passkey-step.js';

const ACTIONS = [
  '',
  '/password',
  '/code',
  '/code/resend',
  '/passkey',
  '/passkey/enroll',
  '/passkey/skip',
  '/cancel',
] as const;

type Action = (typeof ACTIONS)[number];

const ROUTE = new RegExp(
  `^${ISSUER_PATH}/interaction/([A-Za-z0-9_-]{1,64})(${ACTIONS.filter(Boolean).join('|')})?$`,
);

const NOT_THIS_STEP =
  'This sign-in step is not available any more. Return to the application and sign in again.';

/**
 * The first-party client needs no consent screen; an explicit `prompt=consent` is answered with the grant
 * the request already has (see `loadFirstPartyGrant`).
 */
async function grantConsent(ctx: Context, dependencies: InteractionDependencies, interaction: Interaction) {
  if (!interaction.grantId) {
    throw new HttpError(400, NOT_THIS_STEP);
  }
  await finishInteraction(ctx, dependencies.provider, { consent: { grantId: interaction.grantId } });
}

async function show(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  base: string,
) {
  if (interaction.prompt.name === 'consent') {
    await grantConsent(ctx, dependencies, interaction);
    return;
  }
  const step = authenticationStep(interaction, dependencies.clock);
  switch (step.step) {
    case 'email-code':
      showEmailCode(ctx, dependencies, base, codeStepHolder(interaction, dependencies));
      return;
    case 'passkey':
      await showUsePasskey(ctx, dependencies, interaction, base, sessionAccount(interaction, dependencies));
      return;
    case 'enroll-passkey':
      await showEnrollment(ctx, dependencies, interaction, base, sessionAccount(interaction, dependencies));
      return;
    case 'unmet':
      await finishInteraction(ctx, dependencies.provider, {
        error: 'unmet_authentication_requirements',
        error_description: step.description,
      });
      return;
    default:
      await showSignIn(ctx, dependencies, interaction.uid, base);
  }
}

async function submitAnyPasskey(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  base: string,
) {
  const step =
    interaction.prompt.name === 'login' ? authenticationStep(interaction, dependencies.clock) : undefined;
  if (step?.step === 'password') {
    // "Sign in with a passkey" on the sign-in page: any account's passkey, a sign-in from scratch.
    return submitPasskey(ctx, dependencies, interaction, undefined, (refusal) =>
      showSignIn(ctx, dependencies, interaction.uid, base, {
        status: refusal.status,
        passkeyError: refusal.message,
      }),
    );
  }
  if (step?.step === 'passkey') {
    const account = sessionAccount(interaction, dependencies);
    return submitPasskey(ctx, dependencies, interaction, account, (refusal) =>
      showUsePasskey(ctx, dependencies, interaction, base, account, refusal),
    );
  }
  throw new HttpError(400, NOT_THIS_STEP);
}

async function handle(ctx: Context, dependencies: InteractionDependencies, uid: string, action: Action) {
  const interaction = await loadInteraction(ctx, dependencies.provider, uid);
  const base = interactionBase(ISSUER_PATH, uid);
  const step =
    interaction.prompt.name === 'login' ? authenticationStep(interaction, dependencies.clock) : undefined;
  switch (action) {
    case '':
      return show(ctx, dependencies, interaction, base);
    case '/password':
      if (step?.step !== 'password') throw new HttpError(400, NOT_THIS_STEP);
      return submitPassword(ctx, dependencies, uid, base, step);
    case '/code':
      if (step?.step !== 'email-code') throw new HttpError(400, NOT_THIS_STEP);
      return submitEmailCode(ctx, dependencies, base, codeStepHolder(interaction, dependencies), step);
    case '/code/resend':
      if (step?.step !== 'email-code') throw new HttpError(400, NOT_THIS_STEP);
      return resendEmailCode(ctx, dependencies, base, codeStepHolder(interaction, dependencies));
    case '/passkey':
      return submitAnyPasskey(ctx, dependencies, interaction, base);
    case '/passkey/enroll':
      if (step?.step !== 'enroll-passkey') throw new HttpError(400, NOT_THIS_STEP);
      return submitEnrollment(
        ctx,
        dependencies,
        interaction,
        base,
        sessionAccount(interaction, dependencies),
      );
    case '/passkey/skip':
      if (step?.step !== 'enroll-passkey') throw new HttpError(400, NOT_THIS_STEP);
      dependencies.logger.info('Passkey enrollment declined by the user');
      return finishInteraction(ctx, dependencies.provider, {
        error: 'unmet_authentication_requirements',
        error_description: 'The user did not set up a passkey, which the requested level (phr) needs.',
      });
    case '/cancel':
      dependencies.logger.info('Sign-in cancelled by the user');
      return finishInteraction(ctx, dependencies.provider, {
        error: 'access_denied',
        error_description: 'The user cancelled the sign-in.',
      });
  }
}

/** The sign-in pages under `/oauth2/default/interaction/{uid}` (forms post to the same origin). */
export function interactionRoutes(dependencies: InteractionDependencies): Middleware {
  return async (ctx, next) => {
    const match = ROUTE.exec(ctx.path);
    if (!match) {
      await next();
      return;
    }
    const uid = match[1];
    const action = (match[2] ?? '') as Action;
    const method = action === '' ? 'GET' : 'POST';
    if (ctx.method !== method && !(method === 'GET' && ctx.method === 'HEAD')) {
      throw new HttpError(405, `This page accepts ${method} requests only.`, {
        Allow: method === 'GET' ? 'GET, HEAD' : method,
      });
    }
    await handle(ctx, dependencies, uid, action);
  };
}
