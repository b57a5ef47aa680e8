import { Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink],
  template: `
    <section class="page page--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{{ url }}</code>.
      </p>
      <div class="actions">
        <a class="button button--primary" routerLink="/">Back to home</a>
      </div>
    </section>
  `,
})
export class NotFoundComponent {
  protected readonly url = inject(Router).url;
}
