import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { NotFoundComponent } from './not-found.component';

describe('NotFoundComponent', () => {
  it('names the missing address and links home', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: '**', component: NotFoundComponent }])],
    });
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/no/such/page');

    const page = harness.routeNativeElement!;
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('code')?.textContent).toBe('/no/such/page');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(TestBed.inject(Router).url).toBe('/no/such/page');
  });
});
