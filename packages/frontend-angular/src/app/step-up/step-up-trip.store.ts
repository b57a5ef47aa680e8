import { inject, Injectable, InjectionToken } from '@angular/core';

import { parseStepUpTrip } from './parse-step-up-trip';
import { StepUpTrip } from './step-up-trip';

/**
 * Where the trip lives: sessionStorage, so it survives the redirect to the provider and back but
 * stays with the tab, like the tokens, and is gone when the tab closes.
 */
export const STEP_UP_STORAGE = new InjectionToken<Storage>('STEP_UP_STORAGE', {
  providedIn: 'root',
  factory: () => sessionStorage,
});

export const STEP_UP_TRIP_KEY = 'step-up.trip';

/** The one step-up round trip of this tab, if any: written before the redirect, consumed after it. */
@Injectable({ providedIn: 'root' })
export class StepUpTripStore {
  private readonly storage = inject(STEP_UP_STORAGE);

  /** The remembered trip; anything unreadable counts as none. */
  read(): StepUpTrip | null {
    try {
      return parseStepUpTrip(JSON.parse(this.storage.getItem(STEP_UP_TRIP_KEY) ?? 'null'));
    } catch {
      return null;
    }
  }

  /**
   * Throws when storage refuses the write (full, disabled): without the record the app could neither
   * replay the action nor recognise a loop, so the redirect must not start.
   */
  write(trip: StepUpTrip): void {
    this.storage.setItem(STEP_UP_TRIP_KEY, JSON.stringify(trip));
  }

  clear(): void {
    this.storage.removeItem(STEP_UP_TRIP_KEY);
  }

  /** Reads the trip and forgets it in one step, so that whatever it holds is acted on once. */
  take(): StepUpTrip | null {
    const trip = this.read();
    this.clear();
    return trip;
  }

  /**
   * The callback stored new tokens and is taking the visitor to `returnUrl`: the outbound trip for that
   * page has come back. A trip for another page is left alone (that sign-in was not its step-up).
   */
  markReturned(returnUrl: string): void {
    this.update((trip) =>
      trip.status === 'outbound' && trip.returnUrl === returnUrl ? { ...trip, status: 'returned' } : trip,
    );
  }

  /** The provider answered the trip with an error code. */
  markFailed(failure: string): void {
    this.update((trip) => ({ ...trip, status: 'failed', failure }));
  }

  private update(change: (trip: StepUpTrip) => StepUpTrip): void {
    const trip = this.read();
    if (trip !== null) {
      this.write(change(trip));
    }
  }
}
