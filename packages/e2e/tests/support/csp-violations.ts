import type { Page } from '@playwright/test';

/** What the browser reports when a Content-Security-Policy blocks something. */
export interface CspViolation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

/**
 * Collects, for the rest of the test, every `securitypolicyviolation` event of every page the tab opens.
 * The listener is installed by the browser before any of the page's own scripts run, so it is not itself
 * subject to the page's policy.
 */
export async function recordCspViolations(page: Page): Promise<readonly CspViolation[]> {
  const violations: CspViolation[] = [];
  await page.exposeBinding('reportCspViolation', (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    const reporter = window as unknown as { reportCspViolation: (violation: CspViolation) => void };
    document.addEventListener('securitypolicyviolation', (event) => {
      reporter.reportCspViolation({
        page: location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  return violations;
}
