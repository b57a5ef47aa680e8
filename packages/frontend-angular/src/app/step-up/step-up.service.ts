import { HttpClient, HttpHeaders, HttpResponse } from '@angular/common/http';
import { DOCUMENT, inject, Injectable, PendingTasks } from '@angular/core';
import { Router } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';
import { catchError, concat, defer, firstValueFrom, from, map, Observable, of, switchMap } from 'rxjs';
import { StepUpRequirement } from 'step-up';

import { isApiUrl } from '../api-url';
import { currentIdTokenClaims, heldIdTokenClaims } from '../auth/id-token-claims';
import { safeReturnPath } from '../auth/safe-return-path';
import { CLOCK } from '../clock';
import { StepUpRequiredError } from '../stepup.interceptor';
import { decideResume, planStepUp } from './step-up-decisions';
import { afterWindowSignIn, STEP_UP_MODE, StepUpWindow } from './step-up-popup';
import { inFlight } from './step-up-settled';
import {
  ActionContext,
  ActionOutcome,
  ApiRequest,
  OutboundTrip,
  PendingAction,
  ResumedAction,
  StepUpStop,
  stepUpStop,
  StepUpTrip,
  withoutDraft,
  withSub,
} from './step-up-trip';
import { StepUpStore } from './step-up.store';

/**
 * Step-up for every API call and every guarded route: the I/O around the store's transitions and the
 * plain decisions of `step-up-decisions.ts`.
 *
 * A page sends its request with {@link send}. When the API answers with an RFC 9470 challenge (turned
 * into a {@link StepUpRequiredError} by `stepupInterceptor`), the service records the action (request,
 * `Idempotency-Key`, page, form, account) and redirects, asking for the challenge's first `acr` value
 * and its `max_age`. After the callback the page asks for its action with {@link resume}, which hands
 * it back once: the form to show again and the request sent again, with the same key, when the same
 * account came back with what was needed. A replayed request is never stepped up again: one user
 * action, at most one redirect.
 *
 * With `stepUpMode: "popup"` an API-triggered step-up happens in a sign-in window instead (okta-auth-js's
 * `token.getWithPopup`): the page and its form stay, the new tokens are stored and the request is sent
 * once more, judged by the same decisions. A window the browser blocks falls back to the redirect.
 */
@Injectable()
export class StepUpService {
  private readonly http = inject(HttpClient);
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly router = inject(Router);
  private readonly store = inject(StepUpStore);
  private readonly clock = inject(CLOCK);
  private readonly document = inject(DOCUMENT);
  private readonly mode = inject(STEP_UP_MODE);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly signInWindow = new StepUpWindow(this.oktaAuth, this.document.defaultView, this.clock);
  /**
   * Set once a redirect has started: the page is leaving, and a second challenge must not overwrite the
   * first. A pending task that ends only if the redirect could not start (see `step-up-settled.ts`).
   */
  private leaving: (() => void) | null = null;

  constructor() {
    // Back from the provider's page may restore this very page from the back/forward cache, frozen
    // as it left ("Taking you to the identity provider…"). Loading it afresh lets the page resume its
    // action, which then explains that the sign-in was not finished.
    this.document.defaultView?.addEventListener('pageshow', (event) => {
      if (event.persisted && this.leaving !== null) {
        this.document.location.reload();
      }
    });
  }

  /** Sends `request`; a step-up challenge leads to one redirect, after which {@link resume} continues. */
  send<T>(request: ApiRequest, context: ActionContext): Observable<ActionOutcome<T>> {
    if (!isApiUrl(request.url, this.document.baseURI)) {
      throw new TypeError(`Only this app's API is called through step-up, not ${request.url}`);
    }
    return inFlight(
      this.pendingTasks,
      this.call<T>(request).pipe(
        catchError((error: unknown) =>
          error instanceof StepUpRequiredError
            ? this.stepUp<T>({
                returnUrl: this.pathOf(context.returnUrl ?? this.router.url),
                requirement: error.requirement,
                startedAt: this.clock.now(),
                action: {
                  name: context.name,
                  purpose: context.purpose,
                  request,
                  ...(context.formState === undefined ? {} : { formState: context.formState }),
                },
              })
            : of<ActionOutcome<T>>({ kind: 'failed', error }),
        ),
      ),
    );
  }

  /**
   * The action named `name` that was waiting for a step-up on `returnUrl`, handed over once (the
   * store forgets it here, so a reload or the Back button never sends it again). `null` when there is
   * none. When the sign-in came back as another account, the form is not handed back and nothing is
   * sent.
   */
  resume<T>(returnUrl: string, name: string): ResumedAction<T> | null {
    const trip = this.store.takeAction(this.pathOf(returnUrl), name);
    const action = trip?.action;
    if (trip === null || action === undefined || !isApiUrl(action.request.url, this.document.baseURI)) {
      return null;
    }
    const decision = decideResume(trip, heldIdTokenClaims(this.oktaAuth), this.clock.now());
    if (decision.kind === 'replay') {
      return {
        formState: action.formState,
        outcome: inFlight(this.pendingTasks, this.replay<T>(action.request, trip)),
      };
    }
    if (decision.discardDraft) {
      return { formState: undefined, outcome: of(stepUpStop(decision.reason, withoutDraft(trip))) };
    }
    return { formState: action.formState, outcome: of(stepUpStop(decision.reason, trip)) };
  }

  /** The visitor chose to try again after a stop: one more round trip for the same action or page. */
  stepUpAgain(stop: Pick<StepUpStop, 'trip'>): Observable<ActionOutcome<never>> {
    const { returnUrl, requirement, sub, action } = stop.trip;
    return inFlight(
      this.pendingTasks,
      this.stepUp({
        returnUrl,
        requirement,
        ...(sub === undefined ? {} : { sub }),
        startedAt: this.clock.now(),
        ...(action === undefined ? {} : { action }),
      }),
    );
  }

  /** A guarded route needs a stronger or more recent sign-in: redirects; `false` when it could not start. */
  async stepUpForRoute(returnUrl: string, requirement: StepUpRequirement): Promise<boolean> {
    const outcome = await firstValueFrom(
      inFlight(
        this.pendingTasks,
        this.leave({ returnUrl: this.pathOf(returnUrl), requirement, startedAt: this.clock.now() }),
      ),
    );
    return outcome.kind === 'redirecting';
  }

  /** An action's step-up: in a sign-in window when so configured, otherwise the redirect. */
  private stepUp<T>(trip: OutboundTrip): Observable<ActionOutcome<T>> {
    return this.mode === 'popup' && trip.action !== undefined
      ? this.inWindow<T>(trip, trip.action)
      : this.leave<T>(trip);
  }

  /**
   * The popup mode's outbound step: the window opens at once (the visitor's click still counts as the
   * reason for it), the page hears `signing-in`, and once the window has closed the action is replayed,
   * or the stop explained (`afterWindowSignIn`). A blocked window redirects instead.
   */
  private inWindow<T>(trip: OutboundTrip, action: PendingAction): Observable<ActionOutcome<T>> {
    return defer(() => {
      const claims = heldIdTokenClaims(this.oktaAuth);
      const outbound = withSub(trip, claims?.sub);
      const ask = planStepUp(outbound.requirement, claims?.acr);
      if (ask === null) {
        return of(stepUpStop('nothing-requested', { ...outbound, status: 'outbound' }));
      }
      const signIn = this.signInWindow.signIn(ask);
      if (signIn === null) {
        return this.leave<T>(trip);
      }
      return concat(
        of<ActionOutcome<T>>({ kind: 'signing-in' }),
        from(signIn).pipe(
          switchMap((result) => {
            const next = afterWindowSignIn(
              outbound,
              result,
              heldIdTokenClaims(this.oktaAuth),
              this.clock.now(),
            );
            return next.kind === 'replay' ? this.replay<T>(action.request, next.trip) : of(next);
          }),
        ),
      );
    });
  }

  /**
   * The outbound step, the one place the browser leaves for the provider: records the trip (with the
   * account it belongs to) and redirects with what `planStepUp` asks for.
   */
  private leave<T>(trip: OutboundTrip): Observable<ActionOutcome<T>> {
    return defer(async (): Promise<ActionOutcome<T>> => {
      const claims = await currentIdTokenClaims(this.oktaAuth);
      const outbound = withSub(trip, claims?.sub);
      const redirect = planStepUp(outbound.requirement, claims?.acr);
      if (redirect === null) {
        return stepUpStop('nothing-requested', { ...outbound, status: 'outbound' });
      }
      if (this.leaving !== null) {
        return { kind: 'redirecting' };
      }
      const stillLeaving = this.pendingTasks.add();
      this.leaving = stillLeaving;
      try {
        this.store.depart(outbound);
        await this.oktaAuth.signInWithRedirect({ ...redirect, originalUri: outbound.returnUrl });
        return { kind: 'redirecting' };
      } catch {
        // No round trip happened: nothing to come back to, and a retry must be free to start one.
        stillLeaving();
        this.leaving = null;
        this.store.abandon();
        return stepUpStop('redirect-failed', { ...outbound, status: 'outbound' });
      }
    });
  }

  private replay<T>(request: ApiRequest, trip: StepUpTrip): Observable<ActionOutcome<T>> {
    return this.call<T>(request).pipe(
      catchError((error: unknown) =>
        of<ActionOutcome<T>>(
          error instanceof StepUpRequiredError
            ? stepUpStop('still-refused', trip)
            : { kind: 'failed', error },
        ),
      ),
    );
  }

  private call<T>(request: ApiRequest): Observable<ActionOutcome<T>> {
    const headers =
      request.idempotencyKey === undefined
        ? undefined
        : new HttpHeaders({ 'Idempotency-Key': request.idempotencyKey });
    return this.http
      .request<T>(request.method, request.url, { body: request.body, headers, observe: 'response' })
      .pipe(map((response: HttpResponse<T>): ActionOutcome<T> => ({ kind: 'done', response })));
  }

  private pathOf(url: string): string {
    return safeReturnPath(url, this.document.location.origin);
  }
}
