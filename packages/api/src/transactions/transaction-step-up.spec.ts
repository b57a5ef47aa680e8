import { OktaAcr } from 'step-up';
import { readAmountThresholds } from '../config/amount-thresholds';
import type { StepUpSettings } from '../config/environment';
import type { CurrencyCode } from '../money/currencies';
import { stepUpRequirementForAmount } from './transaction-step-up';

const thresholds = readAmountThresholds('USD:1000,JPY:150000,KWD:300');
if (!thresholds.ok) {
  throw new Error(thresholds.problems.join('; '));
}
const SETTINGS: StepUpSettings = { amountThresholds: thresholds.value, maxAge: 300 };
const STEP_UP = { acrValues: [OktaAcr.TwoFactor], maxAge: 300 };

describe('stepUpRequirementForAmount', () => {
  it.each<{ description: string; minorUnits: number; currency: CurrencyCode; expected: object }>([
    { description: '0.01 USD needs any valid token', minorUnits: 1, currency: 'USD', expected: {} },
    {
      description: '1000.00 USD, the threshold itself, needs any valid token',
      minorUnits: 100_000,
      currency: 'USD',
      expected: {},
    },
    {
      description: '1000.01 USD needs two factors within max_age',
      minorUnits: 100_001,
      currency: 'USD',
      expected: STEP_UP,
    },
    { description: '1001 JPY needs any valid token', minorUnits: 1001, currency: 'JPY', expected: {} },
    {
      description: '150000 JPY, its threshold, needs any valid token',
      minorUnits: 150_000,
      currency: 'JPY',
      expected: {},
    },
    {
      description: '150001 JPY needs two factors within max_age',
      minorUnits: 150_001,
      currency: 'JPY',
      expected: STEP_UP,
    },
    { description: '300.000 KWD needs any valid token', minorUnits: 300_000, currency: 'KWD', expected: {} },
    {
      description: '300.001 KWD needs two factors within max_age',
      minorUnits: 300_001,
      currency: 'KWD',
      expected: STEP_UP,
    },
  ])('decides that $description', ({ minorUnits, currency, expected }) => {
    expect(stepUpRequirementForAmount({ minorUnits, currency }, SETTINGS)).toEqual(expected);
  });

  it('asks for the configured max_age', () => {
    expect(
      stepUpRequirementForAmount({ minorUnits: 5_000_00, currency: 'EUR' }, { ...SETTINGS, maxAge: 60 }),
    ).toEqual({ acrValues: [OktaAcr.TwoFactor], maxAge: 60 });
  });
});
