import { planStepUp, type StepUpDemand } from './step-up-plan';

const TWO_FACTOR = 'urn:okta:loa:2fa:any';

describe('planStepUp', () => {
  it.each([
    {
      description: 'asks for the first acr value, the most preferred one',
      demand: { acrValues: [TWO_FACTOR, 'phr'] },
      expected: { acrValues: TWO_FACTOR },
    },
    {
      description: 'passes max_age along with the acr value',
      demand: { acrValues: [TWO_FACTOR], maxAge: 300 },
      expected: { acrValues: TWO_FACTOR, maxAge: 300 },
    },
    {
      description: 'asks for recency alone when the demand names no acr',
      demand: { acrValues: [], maxAge: 0 },
      expected: { maxAge: 0 },
    },
    {
      description: 'asks for nothing when the demand names nothing',
      demand: { acrValues: [] },
      expected: null,
    },
    {
      description: 'keeps the current level when the demand is for recency alone',
      demand: { acrValues: [], maxAge: 300 },
      currentAcr: TWO_FACTOR,
      expected: { acrValues: TWO_FACTOR, maxAge: 300 },
    },
    {
      description: "asks for the challenge's level, not the current one, when the demand names one",
      demand: { acrValues: ['phr'], maxAge: 300 },
      currentAcr: TWO_FACTOR,
      expected: { acrValues: 'phr', maxAge: 300 },
    },
    {
      description: 'does not turn a demand that names nothing into a request for the current level',
      demand: { acrValues: [] },
      currentAcr: TWO_FACTOR,
      expected: null,
    },
    {
      description: 'ignores a current acr that is not a string',
      demand: { acrValues: [], maxAge: 60 },
      currentAcr: 42,
      expected: { maxAge: 60 },
    },
  ])(
    '$description',
    ({ demand, currentAcr, expected }: { demand: StepUpDemand; currentAcr?: unknown; expected: unknown }) => {
      expect(planStepUp(demand, currentAcr)).toEqual(expected);
    },
  );
});
