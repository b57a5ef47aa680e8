import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, from, map, Observable, of, startWith, tap } from 'rxjs';

import { StepUpDemand } from '../step-up/step-up-plan';
import { StepUpRequiredError } from '../step-up/step-up-required.error';
import { StepUpOutcome, StepUpService } from '../step-up/step-up.service';
import { parseMessages } from './message';
import { describeLoadFailure, MessagesState } from './messages-state';

/**
 * Loads the messages and decides what the page shows. A step-up challenge from the API is handed to
 * the {@link StepUpService}, which redirects for a stronger sign-in, or stops when this page already
 * made that round trip.
 */
@Injectable({ providedIn: 'root' })
export class MessagesService {
  private readonly http = inject(HttpClient);
  private readonly stepUp = inject(StepUpService);

  load(): Observable<MessagesState> {
    return this.http.get<unknown>('/api/messages').pipe(
      map(parseMessages),
      tap(() => this.stepUp.satisfied()),
      map((messages): MessagesState => ({ status: 'loaded', messages })),
      catchError((error: unknown) =>
        error instanceof StepUpRequiredError
          ? this.follow(this.stepUp.stepUp(error), error)
          : of(describeLoadFailure(error)),
      ),
      startWith<MessagesState>({ status: 'loading' }),
    );
  }

  /** "Sign in again" after a stop: one more round trip to the provider, asked for by the visitor. */
  retryStepUp(demand: StepUpDemand): Observable<MessagesState> {
    return this.follow(this.stepUp.retry(demand), demand);
  }

  private follow(outcome: Promise<StepUpOutcome>, demand: StepUpDemand): Observable<MessagesState> {
    return from(outcome).pipe(
      map((result): MessagesState =>
        result.kind === 'redirecting'
          ? { status: 'stepping-up' }
          : { status: 'step-up-stopped', reason: result.reason, demand },
      ),
      catchError(() =>
        of<MessagesState>({
          status: 'failed',
          message:
            "The app couldn't start the stronger sign-in. The identity provider may be unreachable; try again in a moment.",
        }),
      ),
    );
  }
}
