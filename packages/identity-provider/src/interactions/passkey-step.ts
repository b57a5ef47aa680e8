import type { Context } from 'koa';
import { epochSeconds, OktaAcr } from 'step-up';

import type { Account } from '../accounts/account.js';
import { amrForFactors } from '../authentication/assurance-levels.js';
import { ENROLLMENT_FACTOR_MAX_AGE_SECONDS } from '../authentication/assurance-policy.js';
import { formField, readFormBody } from '../http/form-body.js';
import { authenticationOptions, verifyAssertion } from '../passkeys/passkey-authentication.js';
import { registrationOptions, verifyRegistration } from '../passkeys/passkey-registration.js';
import { PasskeyRefusal, type PasskeyRefusalCode } from '../passkeys/passkey-refusal.js';
import { maskEmail } from '../views/mask-email.js';
import {
  finishInteraction,
  sendPage,
  type Interaction,
  type InteractionDependencies,
} from './interaction-context.js';
import { renderPasskeyEnrollmentPage, renderUsePasskeyPage } from './passkey-pages.js';

/** A registration response with a certificate chain is a few kilobytes; the form limit (16 KB) bounds the rest. */
const CREDENTIAL_FIELD_LIMIT = 12_000;

/** What the page's script reports when the browser gave no credential. */
const BROWSER_OUTCOMES: ReadonlyMap<string, PasskeyRefusalCode> = new Map<string, PasskeyRefusalCode>([
  ['cancelled', 'cancelled'],
  ['already-registered', 'already-registered'],
  ['unsupported', 'unsupported'],
  ['failed', 'browser-failed'],
]);

/** The credential JSON the page posted, or the refusal for what the browser reported instead. */
async function readCeremonyForm(ctx: Context): Promise<string> {
  const form = await readFormBody(ctx);
  const credential = formField(form, 'credential', CREDENTIAL_FIELD_LIMIT) ?? '';
  const outcome = formField(form, 'outcome', 32) ?? '';
  if (credential !== '') {
    return credential;
  }
  throw new PasskeyRefusal(BROWSER_OUTCOMES.get(outcome) ?? 'unsupported');
}

function logRefusal(
  dependencies: InteractionDependencies,
  what: string,
  refusal: PasskeyRefusal,
  who?: Account,
) {
  const message = `${what} refused${who ? ` for ${who.email}` : ''}: ${refusal.code}`;
  if (refusal.code === 'counter-regressed' || refusal.code === 'other-account') {
    dependencies.logger.warn(message);
  } else {
    dependencies.logger.info(message);
  }
}

/** The options of a passkey sign-in for this interaction (a new challenge): any passkey, or `allowed` only. */
export function passkeySignInOptions(
  dependencies: InteractionDependencies,
  uid: string,
  allowedFor?: Account,
): Promise<unknown> {
  const challenge = dependencies.challenges.issue(uid, 'authentication');
  const allowed = allowedFor ? dependencies.passkeys.forAccount(allowedFor.id) : [];
  return authenticationOptions(dependencies.relyingParty, challenge, allowed);
}

/** "Use your passkey": the signed-in account has one and the request needs `phr`. */
export async function showUsePasskey(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  base: string,
  account: Account,
  refusal?: PasskeyRefusal,
): Promise<void> {
  const options = await passkeySignInOptions(dependencies, interaction.uid, account);
  const page = renderUsePasskeyPage({
    base,
    maskedEmail: maskEmail(account.email),
    options,
    error: refusal?.message,
  });
  sendPage(ctx, dependencies, refusal?.status ?? 200, page, true);
}

/** "Set up a passkey": `phr` is requested, the account has none, and both other factors are recent. */
export async function showEnrollment(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  base: string,
  account: Account,
  refusal?: PasskeyRefusal,
): Promise<void> {
  const challenge = dependencies.challenges.issue(interaction.uid, 'registration');
  const existing = dependencies.passkeys.forAccount(account.id);
  const options = await registrationOptions(dependencies.relyingParty, account, existing, challenge);
  const page = renderPasskeyEnrollmentPage({
    base,
    maskedEmail: maskEmail(account.email),
    options,
    error: refusal?.message,
  });
  sendPage(ctx, dependencies, refusal?.status ?? 200, page, true);
}

/**
 * A passkey sign-in: the passkey must be registered here and, when the session's account is known (`account`),
 * be that account's. Success is a fresh authentication at `phr` (`amr` ["swk","user","mfa"], `auth_time` now);
 * the assurance check answers the requested level. A refusal shows `showAgain` with the message and its status.
 */
export async function submitPasskey(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  account: Account | undefined,
  showAgain: (refusal: PasskeyRefusal) => Promise<void>,
): Promise<void> {
  const challenge = dependencies.challenges.take(interaction.uid, 'authentication');
  let verified;
  try {
    verified = await verifyAssertion(await readCeremonyForm(ctx), {
      rp: dependencies.relyingParty,
      challenge,
      wasRetired: (used) => dependencies.challenges.wasRetired(interaction.uid, used),
      findPasskey: (id) => dependencies.passkeys.findById(id),
      accountId: account?.id,
    });
    if (
      !dependencies.passkeys.recordUse(
        verified.passkey.id,
        verified.signCount,
        new Date(dependencies.clock.now()),
      )
    ) {
      throw new PasskeyRefusal('counter-regressed');
    }
  } catch (error) {
    if (!(error instanceof PasskeyRefusal)) throw error;
    logRefusal(dependencies, 'Passkey sign-in', error, account);
    await showAgain(error);
    return;
  }
  const owner = dependencies.accounts.findById(verified.passkey.accountId);
  dependencies.logger.info(`${owner?.email ?? 'An account'} signed in with a passkey`);
  const now = epochSeconds(dependencies.clock);
  await finishInteraction(ctx, dependencies.provider, {
    login: {
      accountId: verified.passkey.accountId,
      acr: OktaAcr.PhishingResistant,
      amr: amrForFactors(['passkey']),
      ts: now,
      remember: true,
    },
    proof: { factors: ['passkey'], at: now, fresh: true },
  });
}

/** Whether the session proved the password and the email code within the enrollment window, checked again now. */
function factorsStillRecent(
  dependencies: InteractionDependencies,
  interaction: Interaction,
  account: Account,
) {
  const sessionUid = interaction.session?.uid;
  const times = sessionUid ? dependencies.proofs.timesFor(sessionUid, account.id) : {};
  const now = epochSeconds(dependencies.clock);
  return [times.pwd, times.email].every(
    (at) => at !== undefined && now - at <= ENROLLMENT_FACTOR_MAX_AGE_SECONDS,
  );
}

/**
 * Stores a new passkey for the session's account after verifying the registration, and completes the requested
 * `phr`: the account proved its password and an email code in the last five minutes and now holds a passkey
 * created with user verification on this origin (`amr` ["pwd","email","swk","user","mfa"], `auth_time` now).
 */
export async function submitEnrollment(
  ctx: Context,
  dependencies: InteractionDependencies,
  interaction: Interaction,
  base: string,
  account: Account,
): Promise<void> {
  const challenge = dependencies.challenges.take(interaction.uid, 'registration');
  if (!factorsStillRecent(dependencies, interaction, account)) {
    // The window closed while the page was open: resuming lets the assurance check ask for the older factor.
    dependencies.logger.info(`Passkey enrollment for ${account.email} needs the factors again`);
    await finishInteraction(ctx, dependencies.provider, {});
    return;
  }
  try {
    const responseText = await readCeremonyForm(ctx);
    const passkey = await verifyRegistration(account, responseText, {
      rp: dependencies.relyingParty,
      challenge,
      wasRetired: (used) => dependencies.challenges.wasRetired(interaction.uid, used),
    });
    if (!dependencies.passkeys.add(passkey, new Date(dependencies.clock.now()))) {
      throw new PasskeyRefusal('already-registered');
    }
  } catch (error) {
    if (!(error instanceof PasskeyRefusal)) throw error;
    logRefusal(dependencies, 'Passkey enrollment', error, account);
    await showEnrollment(ctx, dependencies, interaction, base, account, error);
    return;
  }
  dependencies.logger.info(`${account.email} set up a passkey`);
  const now = epochSeconds(dependencies.clock);
  await finishInteraction(ctx, dependencies.provider, {
    login: {
      accountId: account.id,
      acr: OktaAcr.PhishingResistant,
      amr: amrForFactors(['pwd', 'email', 'passkey']),
      ts: now,
      remember: true,
    },
    proof: { factors: ['passkey'], at: now, fresh: false },
  });
}
