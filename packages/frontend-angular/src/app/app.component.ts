import { Component, DOCUMENT, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { SiteHeaderComponent } from './layout/site-header.component';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SiteHeaderComponent],
  templateUrl: './app.component.html',
})
export class AppComponent {
  private readonly document = inject(DOCUMENT);

  /**
   * Moves focus to the main content. A plain `#main-content` link would resolve against
   * `<base href="/">` and leave the current page, so the link is handled here.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }
}
