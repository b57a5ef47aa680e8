import type { Context, Middleware } from 'koa';

import { ISSUER_PATH } from '../config/identity-provider-config.js';
import { HttpError } from '../http/http-error.js';
import { codeRecipient, resendEmailCode, showEmailCode, submitEmailCode } from './email-code-step.js';
import {
  authenticationStep,
  finishInteraction,
  interactionBase,
  loadInteraction,
  type Interaction,
  type InteractionDependencies,
} from './interaction-context.js';
import { showSignIn, submitPassword } from './password-step.js';

const ROUTE = new RegExp(
  `^${ISSUER_PATH}/interaction/([A-Za-z0-9_-]{1,64})(/password|/code|/code/resend|/cancel)?$`,
);

type Action = '' | '/password' | '/code' | '/code/resend' | '/cancel';

const METHODS: Readonly<Record<Action, 'GET' | 'POST'>> = {
  '': 'GET',
  '/password': 'POST',
  '/code': 'POST',
  '/code/resend': 'POST',
  '/cancel': 'POST',
};

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
  const step = authenticationStep(interaction);
  switch (step.step) {
    case 'email-code':
      showEmailCode(ctx, dependencies, base, codeRecipient(interaction, dependencies));
      return;
    case 'unmet':
      await finishInteraction(ctx, dependencies.provider, {
        error: 'unmet_authentication_requirements',
        error_description: step.description,
      });
      return;
    default:
      showSignIn(ctx, dependencies, base);
  }
}

async function handle(ctx: Context, dependencies: InteractionDependencies, uid: string, action: Action) {
  const interaction = await loadInteraction(ctx, dependencies.provider, uid);
  const base = interactionBase(ISSUER_PATH, uid);
  const step = interaction.prompt.name === 'login' ? authenticationStep(interaction) : undefined;
  switch (action) {
    case '':
      return show(ctx, dependencies, interaction, base);
    case '/password':
      if (step?.step !== 'password') throw new HttpError(400, NOT_THIS_STEP);
      return submitPassword(ctx, dependencies, base, step);
    case '/code':
      if (step?.step !== 'email-code') throw new HttpError(400, NOT_THIS_STEP);
      return submitEmailCode(ctx, dependencies, base, codeRecipient(interaction, dependencies), step);
    case '/code/resend':
      if (step?.step !== 'email-code') throw new HttpError(400, NOT_THIS_STEP);
      return resendEmailCode(ctx, dependencies, base, codeRecipient(interaction, dependencies));
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
    const method = METHODS[action];
    if (ctx.method !== method && !(method === 'GET' && ctx.method === 'HEAD')) {
      throw new HttpError(405, `This page accepts ${method} requests only.`, {
        Allow: method === 'GET' ? 'GET, HEAD' : method,
      });
    }
    await handle(ctx, dependencies, uid, action);
  };
}
