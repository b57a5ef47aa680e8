import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { interval, map } from 'rxjs';
import { epochSeconds } from 'step-up';

import { SessionService } from '../auth/session.service';
import { CLOCK } from '../clock';
import { DateTimePipe } from '../date-time/date-time';
import { profileView } from '../profile/profile-view';
import { describeDuration } from '../step-up/step-up-wording';
import { ACCOUNT_MAX_AGE } from './recent-sign-in';

/** How often "x seconds ago" is brought up to date. */
const TICK_MS = 5_000;

/**
 * The visitor's personal details. Guarded by the step-up guard with `data: { okta: { maxAge } }`, the
 * runtime configuration's `accountMaxAge`: only a recent sign-in (the ID token's `auth_time`) opens it;
 * an older one is sent to the provider with `max_age` first.
 */
@Component({
  selector: 'app-account',
  imports: [DateTimePipe],
  templateUrl: './account.component.html',
})
export class AccountComponent {
  private readonly session = inject(SessionService);
  private readonly clock = inject(CLOCK);
  private readonly nowSeconds = toSignal(interval(TICK_MS).pipe(map(() => this.seconds())), {
    initialValue: this.seconds(),
  });

  protected readonly window = describeDuration(inject(ACCOUNT_MAX_AGE));
  protected readonly view = computed(() => {
    const claims = this.session.claims();
    return claims === null ? null : profileView(claims, this.nowSeconds());
  });

  private seconds(): number {
    return epochSeconds(this.clock);
  }
}
