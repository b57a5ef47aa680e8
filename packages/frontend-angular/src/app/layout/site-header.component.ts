import { Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { SessionService } from '../auth/session.service';

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './site-header.component.html',
  styleUrl: './site-header.component.css',
})
export class SiteHeaderComponent {
  protected readonly session = inject(SessionService);

  protected readonly links = [
    { path: '/', label: 'Home', exact: true },
    { path: '/profile', label: 'Profile', exact: false },
    { path: '/messages', label: 'Messages', exact: false },
    { path: '/transactions', label: 'Transactions', exact: false },
    { path: '/account', label: 'Account', exact: false },
    { path: '/security', label: 'Security', exact: false },
  ] as const;

  protected async signIn(): Promise<void> {
    await this.session.signIn();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
  }
}
