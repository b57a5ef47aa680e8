import { HttpClient, HttpHeaders, HttpResponse } from '@angular/common/http';
import { DOCUMENT, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { OKTA_AUTH } from '@okta/okta-angular';
import { catchError, defer, from, map, Observable, of, switchMap } from 'rxjs';

import { isApiUrl } from '../api-url';
import { currentIdTokenClaims } from '../auth/id-token-claims';
import { safeReturnPath } from '../auth/safe-return-path';
import { CLOCK } from '../clock';
import { ActionContext, ActionOutcome, ResumedAction, StepUpStop, StepUpStopReason } from './action-outcome';
import { decideResume } from './resume-decision';
import { planStepUp, StepUpDemand } from './step-up-plan';
import { StepUpRequiredError } from './step-up-required.error';
import { ApiRequest, StepUpTrip } from './step-up-trip';
import { StepUpTripStore } from './step-up-trip.store';

/**
 * Step-up for every API call and every guarded route, in one place.
 *
 * A page sends its request with {@link send}. When the API answers with an RFC 9470 challenge (turned
 * into a {@link StepUpRequiredError} by `stepupInterceptor`), the service records the action (request,
 * `Idempotency-Key`, page, form) in sessionStorage and redirects, asking for the challenge's first `acr`
 * value and its `max_age`. After the callback the page asks for its action with {@link resume}, which
 * hands it back once: the form to show again and the request sent again, with the same key. A
 * replayed request is never stepped up again: one user action, at most one redirect.
 */
@Injectable({ providedIn: 'root' })
export class StepUpService {
  private readonly http = inject(HttpClient);
  private readonly oktaAuth = inject(OKTA_AUTH);
  private readonly router = inject(Router);
  private readonly trips = inject(StepUpTripStore);
  private readonly clock = inject(CLOCK);
  private readonly document = inject(DOCUMENT);
  /** Set once a redirect has started: the page is leaving, and a second challenge must not overwrite the first. */
  private leaving = false;

  constructor() {
    // Back from the provider's page may restore this very page from the back/forward cache, frozen
    // as it left ("Taking you to the identity provider…"). Loading it afresh lets the page resume its
    // action, which then explains that the sign-in was not finished.
    this.document.defaultView?.addEventListener('pageshow', (event) => {
      if (event.persisted && this.leaving) {
        this.document.location.reload();
      }
    });
  }

  /** Sends `request`; a step-up challenge leads to one redirect, after which {@link resume} continues. */
  send<T>(request: ApiRequest, context: ActionContext): Observable<ActionOutcome<T>> {
    if (!isApiUrl(request.url, this.document.baseURI)) {
      throw new TypeError(`Only this app's API is called through step-up, not ${request.url}`);
    }
    return this.call<T>(request).pipe(
      catchError((error: unknown) =>
        error instanceof StepUpRequiredError
          ? defer(() => this.startTrip(this.tripFor(error, request, context)))
          : of<ActionOutcome<T>>({ kind: 'failed', error }),
      ),
    );
  }

  /**
   * The action named `name` that was waiting for a step-up on `returnUrl`, handed over once: it is
   * removed from storage here, so a reload or the Back button never sends it again. `null` when there
   * is none (or it belongs to another page or action).
   */
  resume<T>(returnUrl: string, name: string): ResumedAction<T> | null {
    const trip = this.trips.read();
    const action = trip?.action;
    if (trip === null || action?.name !== name || trip.returnUrl !== this.pathOf(returnUrl)) {
      return null;
    }
    this.trips.clear();
    if (!isApiUrl(action.request.url, this.document.baseURI)) {
      return null;
    }
    return { formState: action.formState, outcome: defer(() => this.replay<T>(trip)) };
  }

  /** The visitor chose to try again after a stop: one more round trip for the same action or page. */
  async stepUpAgain(stop: Pick<StepUpStop, 'trip'>): Promise<ActionOutcome<never>> {
    const { returnUrl, demand, action } = stop.trip;
    return this.startTrip({
      returnUrl,
      demand,
      startedAt: this.clock(),
      status: 'outbound',
      ...(action === undefined ? {} : { action }),
    });
  }

  /** A guarded route needs a stronger or more recent sign-in: redirects; `false` when it could not start. */
  async stepUpForRoute(returnUrl: string, demand: StepUpDemand): Promise<boolean> {
    const trip: StepUpTrip = {
      returnUrl: this.pathOf(returnUrl),
      demand,
      startedAt: this.clock(),
      status: 'outbound',
    };
    return (await this.startTrip(trip)).kind === 'redirecting';
  }

  private tripFor(challenge: StepUpRequiredError, request: ApiRequest, context: ActionContext): StepUpTrip {
    return {
      returnUrl: this.pathOf(context.returnUrl ?? this.router.url),
      demand: {
        acrValues: challenge.acrValues,
        ...(challenge.maxAge === undefined ? {} : { maxAge: challenge.maxAge }),
      },
      startedAt: this.clock(),
      status: 'outbound',
      action: {
        name: context.name,
        purpose: context.purpose,
        request,
        ...(context.formState === undefined ? {} : { formState: context.formState }),
      },
    };
  }

  private async startTrip(trip: StepUpTrip): Promise<ActionOutcome<never>> {
    const redirect = planStepUp(trip.demand, (await currentIdTokenClaims(this.oktaAuth))?.acr);
    if (redirect === null) {
      return this.stopped('nothing-requested', trip);
    }
    if (this.leaving) {
      return { kind: 'redirecting' };
    }
    this.leaving = true;
    try {
      this.trips.write(trip);
      await this.oktaAuth.signInWithRedirect({ ...redirect, originalUri: trip.returnUrl });
      return { kind: 'redirecting' };
    } catch {
      // No round trip happened: nothing to come back to, and a retry must be free to start one.
      this.leaving = false;
      this.trips.clear();
      return this.stopped('redirect-failed', trip);
    }
  }

  private replay<T>(trip: StepUpTrip): Observable<ActionOutcome<T>> {
    const { action } = trip;
    if (action === undefined) {
      return of(this.stopped('not-completed', trip));
    }
    return from(currentIdTokenClaims(this.oktaAuth)).pipe(
      switchMap((claims) => {
        const decision = decideResume(trip, claims, this.clock());
        if (decision.kind === 'stop') {
          return of(this.stopped(decision.reason, trip));
        }
        return this.call<T>(action.request).pipe(
          catchError((error: unknown) =>
            of<ActionOutcome<T>>(
              error instanceof StepUpRequiredError
                ? this.stopped('still-refused', trip)
                : { kind: 'failed', error },
            ),
          ),
        );
      }),
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

  private stopped(reason: StepUpStopReason, trip: StepUpTrip): StepUpStop {
    return { kind: 'stopped', reason, trip };
  }

  private pathOf(url: string): string {
    return safeReturnPath(url, this.document.location.origin);
  }
}
