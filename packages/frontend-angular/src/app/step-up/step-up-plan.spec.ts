import { planStepUp } from './step-up-plan';

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
  ])('$description', ({ demand, expected }) => {
    expect(planStepUp(demand)).toEqual(expected);
  });
});
