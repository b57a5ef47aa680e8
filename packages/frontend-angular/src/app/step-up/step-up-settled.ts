import { ApplicationRef, DOCUMENT, inject, PendingTasks } from '@angular/core';
import { defer, finalize, Observable } from 'rxjs';

/**
 * Says on the page whether a step-up is in flight: `<html data-step-up="settled">` while the app is
 * stable, `"busy"` otherwise. Stable is Angular's `PendingTasks` at rest: no navigation (and so no
 * guard) under way, no API call, no callback being handled, and no step-up action waiting for the API,
 * a sign-in window or a redirect (`StepUpService` holds a task for each, and one that never ends once
 * the page is leaving for the provider). The app itself never reads it; it lets a person or a browser
 * test know that what a step-up did is final (`packages/e2e`), instead of waiting a while for a loop
 * that might show itself.
 */
export function markStepUpSettled(): void {
  const root = inject(DOCUMENT).documentElement;
  inject(ApplicationRef).isStable.subscribe((stable) => {
    root.dataset['stepUp'] = stable ? 'settled' : 'busy';
  });
}

/**
 * `outcome` as step-up work in flight: a pending task from subscription until it ends, so the app is
 * not stable while an action waits for the API, a sign-in window or the redirect.
 */
export function inFlight<T>(pendingTasks: PendingTasks, outcome: Observable<T>): Observable<T> {
  return defer(() => {
    const done = pendingTasks.add();
    return outcome.pipe(finalize(done));
  });
}
