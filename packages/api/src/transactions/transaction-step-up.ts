import { OktaAcr, type StepUpRequirement } from 'step-up';
import type { StepUpSettings } from '../config/environment';
import { isAboveThreshold } from '../money/amount-threshold';
import type { Money } from '../money/money';

/** Nothing beyond a valid access token. */
const ANY_VALID_TOKEN: StepUpRequirement = Object.freeze({});

/**
 * What creating a transaction of `amount` demands of the authentication: nothing beyond a valid
 * token up to its currency's threshold; above it, two factors (or stronger) within `maxAge` seconds.
 */
export function stepUpRequirementForAmount(amount: Money, settings: StepUpSettings): StepUpRequirement {
  if (!isAboveThreshold(amount, settings.amountThresholds)) {
    return ANY_VALID_TOKEN;
  }
  return { acrValues: [OktaAcr.TwoFactor], maxAge: settings.maxAge };
}
