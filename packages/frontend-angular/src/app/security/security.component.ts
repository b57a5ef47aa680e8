import { Component, computed, inject } from '@angular/core';
import { epochSeconds } from 'step-up';

import { SessionService } from '../auth/session.service';
import { CLOCK } from '../clock';
import { DateTimePipe } from '../date-time/date-time';
import { acrLadder, signInFacts, signInMethods } from './security-view';

/**
 * The top of the ladder: guarded by `stepUpGuard` (`OktaAuthGuard` judged on the ladder) with
 * `acrValues: 'phr'`. A visitor without a passkey is offered one by the provider, after the password
 * and an email code; one who declines gets `unmet_authentication_requirements`, which the callback page
 * explains instead.
 */
@Component({
  selector: 'app-security',
  imports: [DateTimePipe],
  templateUrl: './security.component.html',
  styleUrl: './security.component.css',
})
export class SecurityComponent {
  private readonly session = inject(SessionService);
  private readonly clock = inject(CLOCK);

  protected readonly facts = computed(() => {
    const claims = this.session.claims();
    return claims === null ? null : signInFacts(claims, epochSeconds(this.clock));
  });
  protected readonly methods = computed(() => signInMethods(this.session.claims()?.['amr']));
  protected readonly ladder = computed(() =>
    acrLadder(this.session.claims()?.acr, this.session.claims()?.['amr']),
  );
}
