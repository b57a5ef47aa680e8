import { Reflector } from '@nestjs/core';
import type { StepUpRequirement } from 'step-up';
import { toStepUpRequirement, type AuthenticationRequirement } from './authentication-requirement';

/**
 * Declares the authentication a handler, or every handler of a controller, needs: acceptable `acr`
 * values and a maximum age of the authentication. A declaration on the handler replaces the one on
 * its controller. Enforced by the {@link StepUpGuard}; the declaration is checked when applied.
 *
 * ```ts
 * @RequireAuthentication({ acr: OktaAcr.PhishingResistant })
 * @RequireAuthentication({ acr: OktaAcr.TwoFactor, maxAge: 300 })
 * ```
 */
export const RequireAuthentication = Reflector.createDecorator<
  AuthenticationRequirement,
  Readonly<StepUpRequirement>
>({ transform: toStepUpRequirement });
