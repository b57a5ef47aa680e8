import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spaContentSecurityPolicy } from './content-security-policy.mjs';

/** The policy as a map from directive name to its source list. */
function directives(policy) {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('spaContentSecurityPolicy', () => {
  it('allows scripts only from the SPA itself and connections to the SPA and the embedded issuer', () => {
    assert.equal(
      spaContentSecurityPolicy({ issuer: 'http://localhost:3001/oauth2/default' }),
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "connect-src 'self' http://localhost:3001; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
  });

  it("names the issuer's origin only, never its path", () => {
    const policy = directives(
      spaContentSecurityPolicy({ issuer: 'https://DEV-133337.okta.com/oauth2/default' }),
    );
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'https://dev-133337.okta.com']);
  });

  it('keeps an IPv6 loopback issuer with its port', () => {
    const policy = directives(spaContentSecurityPolicy({ issuer: 'http://[::1]:3101/oauth2/default' }));
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'http://[::1]:3101']);
  });

  it('never allows inline or evaluated script, plugins or framing', () => {
    const policy = directives(spaContentSecurityPolicy({ issuer: 'https://id.example.com/oauth2/default' }));
    assert.deepEqual(policy.get('script-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  });

  const refusals = [
    { description: 'a semicolon, which would start a directive of its own', issuer: 'https://a;b.example/' },
    { description: 'a comma, which would start a second policy', issuer: 'https://a,b.example/' },
    { description: 'a quote, which would read as a keyword', issuer: "https://a'b.example/" },
  ];
  for (const { description, issuer } of refusals) {
    it(`refuses an issuer whose host holds ${description}`, () => {
      assert.throws(
        () => spaContentSecurityPolicy({ issuer }),
        /cannot be written into a Content-Security-Policy/,
      );
    });
  }
});
