import { InsufficientUserAuthenticationError } from './bearer-errors';
import { findStepUpChallenge, type StepUpChallenge } from './step-up-challenge';

const error = 'error="insufficient_user_authentication"';

describe('findStepUpChallenge', () => {
  const cases: ReadonlyArray<{
    description: string;
    input: string | null | undefined;
    expected: StepUpChallenge | null;
  }> = [
    { description: 'no header means no step-up', input: undefined, expected: null },
    { description: 'a null header means no step-up', input: null, expected: null },
    { description: 'an empty header means no step-up', input: '', expected: null },
    {
      description: 'an invalid_token challenge is not a step-up',
      input: 'Bearer error="invalid_token"',
      expected: null,
    },
    { description: 'a bare Bearer challenge is not a step-up', input: 'Bearer realm="api"', expected: null },
    {
      description: 'the error code of another scheme is not a Bearer step-up',
      input: `DPoP ${error}, acr_values="phr"`,
      expected: null,
    },
    {
      description: 'the error code is compared exactly',
      input: 'Bearer error="Insufficient_User_Authentication"',
      expected: null,
    },
    {
      description: 'the post example header gives its acr_values and description',
      input: `Bearer ${error},\n  error_description="A different authentication level is required",\n  acr_values="elevated"`,
      expected: { acrValues: ['elevated'], description: 'A different authentication level is required' },
    },
    {
      description: 'acr_values is split into a list in order of preference',
      input: `Basic realm="a", Bearer ${error}, acr_values="phr  urn:okta:loa:2fa:any phr"`,
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] },
    },
    {
      description: 'a challenge with only max_age, quoted, gives an empty acr list and the age',
      input: `Bearer ${error}, max_age="300"`,
      expected: { acrValues: [], maxAge: 300 },
    },
    {
      description: 'an unquoted max_age reads the same',
      input: `Bearer ${error}, max_age=300`,
      expected: { acrValues: [], maxAge: 300 },
    },
    {
      description: 'max_age 0 is kept',
      input: `Bearer ${error}, max_age=0`,
      expected: { acrValues: [], maxAge: 0 },
    },
    {
      description: 'a negative max_age is ignored',
      input: `Bearer ${error}, max_age="-5"`,
      expected: { acrValues: [] },
    },
    {
      description: 'a fractional max_age is ignored',
      input: `Bearer ${error}, max_age="1.5"`,
      expected: { acrValues: [] },
    },
    {
      description: 'a max_age with a sign is ignored',
      input: `Bearer ${error}, max_age="+5"`,
      expected: { acrValues: [] },
    },
    {
      description: 'a max_age in exponent form is ignored',
      input: `Bearer ${error}, max_age=1e3`,
      expected: { acrValues: [] },
    },
    {
      description: 'a padded max_age is ignored',
      input: `Bearer ${error}, max_age=" 5"`,
      expected: { acrValues: [] },
    },
    {
      description: 'an empty max_age is ignored',
      input: `Bearer ${error}, max_age=""`,
      expected: { acrValues: [] },
    },
    {
      description: 'a max_age beyond safe integers is ignored',
      input: `Bearer ${error}, max_age="9007199254740993"`,
      expected: { acrValues: [] },
    },
    {
      description: 'the first step-up challenge wins',
      input: `Bearer error="invalid_token", Bearer ${error}, acr_values="phr", bearer ${error}, acr_values="phrh"`,
      expected: { acrValues: ['phr'] },
    },
    {
      description: 'a malformed step-up challenge is not acted on',
      input: `Bearer ${error}, acr_values="phr`,
      expected: null,
    },
    {
      description: 'a step-up challenge with a repeated acr_values is not acted on',
      input: `Bearer ${error}, acr_values="urn:okta:loa:1fa:pwd", acr_values="phr"`,
      expected: null,
    },
  ];

  it.each(cases)('$description', ({ input, expected }) => {
    expect(findStepUpChallenge(input)).toStrictEqual(expected);
  });

  it('reads back the challenge that InsufficientUserAuthenticationError renders', () => {
    const challenge = new InsufficientUserAuthenticationError({
      acrValues: ['phr', 'urn:okta:loa:2fa:any'],
      maxAge: 600,
    });
    expect(findStepUpChallenge(challenge.challenge('api'))).toStrictEqual({
      acrValues: ['phr', 'urn:okta:loa:2fa:any'],
      maxAge: 600,
      description: 'A different authentication level and more recent authentication are required',
    });
  });
});
