import { routeRequirement } from './route-requirement';

describe('routeRequirement', () => {
  it.each([
    { description: 'no route data', input: undefined, expected: {} },
    { description: 'route data without okta', input: { title: 'x' }, expected: {} },
    {
      description: "the blog post's single acr value",
      input: { okta: { acrValues: 'urn:okta:loa:2fa:any' } },
      expected: { acrValues: ['urn:okta:loa:2fa:any'] },
    },
    {
      description: 'a space-separated list, most preferred first',
      input: { okta: { acrValues: 'phr urn:okta:loa:2fa:any' } },
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] },
    },
    {
      description: 'an array',
      input: { okta: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] } },
      expected: { acrValues: ['phr', 'urn:okta:loa:2fa:any'] },
    },
    { description: 'a max age alone', input: { okta: { maxAge: 30 } }, expected: { maxAge: 30 } },
    {
      description: 'both',
      input: { okta: { acrValues: 'urn:okta:loa:2fa:any', maxAge: 300 } },
      expected: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
    },
  ])('reads $description', ({ input, expected }) => {
    expect(routeRequirement(input)).toEqual(expected);
  });

  it.each([
    { description: 'okta data that is not an object', input: { okta: 'phr' } },
    { description: 'acr values that are not strings', input: { okta: { acrValues: [2] } } },
    { description: 'a negative max age', input: { okta: { maxAge: -5 } } },
    { description: 'a max age in minutes as text', input: { okta: { maxAge: '5m' } } },
    { description: 'a fractional max age', input: { okta: { maxAge: 2.5 } } },
  ])('refuses $description', ({ input }) => {
    expect(() => routeRequirement(input)).toThrow(TypeError);
  });
});
