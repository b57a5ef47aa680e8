import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { interval, map } from 'rxjs';
import { epochSeconds } from 'step-up';

import { SessionService } from '../auth/session.service';
import { CLOCK } from '../clock';
import { DateTimePipe } from '../date-time/date-time';
import { profileView } from './profile-view';

/** How often "x minutes ago" is brought up to date. */
const TICK_MS = 30_000;

/** Guarded by `OktaAuthGuard` with `acrValues: 'urn:okta:loa:2fa:any'`: only a two-factor sign-in gets here. */
@Component({
  selector: 'app-profile',
  imports: [DateTimePipe],
  templateUrl: './profile.component.html',
})
export class ProfileComponent {
  private readonly session = inject(SessionService);
  private readonly clock = inject(CLOCK);
  private readonly nowSeconds = toSignal(interval(TICK_MS).pipe(map(() => this.seconds())), {
    initialValue: this.seconds(),
  });

  protected readonly view = computed(() => {
    const claims = this.session.claims();
    return claims === null ? null : profileView(claims, this.nowSeconds());
  });

  private seconds(): number {
    return epochSeconds(this.clock);
  }
}
