import { Component, computed, inject } from '@angular/core';

import { SessionService } from '../auth/session.service';
import { acrLadder, signInMethods } from './security-view';

/**
 * The top of the ladder: guarded by `stepUpGuard` (`OktaAuthGuard` judged on the ladder) with
 * `acrValues: 'phr'`. An account without a passkey cannot reach it; the provider answers
 * `unmet_authentication_requirements` and the callback page explains that instead.
 */
@Component({
  selector: 'app-security',
  templateUrl: './security.component.html',
  styleUrl: './security.component.css',
})
export class SecurityComponent {
  private readonly session = inject(SessionService);

  protected readonly methods = computed(() => signInMethods(this.session.claims()?.['amr']));
  protected readonly ladder = computed(() => acrLadder(this.session.claims()?.acr));
}
