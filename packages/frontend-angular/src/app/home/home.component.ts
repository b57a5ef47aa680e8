import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';

import { ACCOUNT_MAX_AGE } from '../account/recent-sign-in';
import { SessionService } from '../auth/session.service';
import { describeDuration } from '../step-up/step-up-wording';

@Component({
  selector: 'app-home',
  imports: [RouterLink],
  templateUrl: './home.component.html',
  styleUrl: './home.component.css',
})
export class HomeComponent {
  protected readonly session = inject(SessionService);
  protected readonly accountWindow = describeDuration(inject(ACCOUNT_MAX_AGE));
}
