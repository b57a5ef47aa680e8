import { inject, Injectable, InjectionToken } from '@angular/core';

import { StepUpAttempt } from './step-up-plan';

/** Where the attempt marker lives: sessionStorage, so it survives the redirect but stays with the tab. */
export const STEP_UP_STORAGE = new InjectionToken<Storage>('STEP_UP_STORAGE', {
  providedIn: 'root',
  factory: () => sessionStorage,
});

const KEY = 'step-up.attempt';

/** Remembers the last step-up redirect across the round trip to the provider. */
@Injectable({ providedIn: 'root' })
export class StepUpAttemptStore {
  private readonly storage = inject(STEP_UP_STORAGE);

  /** The remembered attempt; anything unreadable counts as none. */
  read(): StepUpAttempt | null {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(KEY) ?? 'null');
      return isAttempt(value) ? { url: value.url, startedAt: value.startedAt } : null;
    } catch {
      return null;
    }
  }

  /** Throws when storage refuses the write: without the marker the loop guard would be blind. */
  write(attempt: StepUpAttempt): void {
    this.storage.setItem(KEY, JSON.stringify(attempt));
  }

  clear(): void {
    this.storage.removeItem(KEY);
  }
}

function isAttempt(value: unknown): value is StepUpAttempt {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { url, startedAt } = value as Record<string, unknown>;
  return typeof url === 'string' && typeof startedAt === 'number' && Number.isFinite(startedAt);
}
