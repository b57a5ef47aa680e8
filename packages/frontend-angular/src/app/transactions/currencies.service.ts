import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, startWith } from 'rxjs';

import { Currency, parseCurrencies } from './currency';

/** The API's list of currencies, with its rules for their amounts (public: no sign-in needed). */
export const CURRENCIES_API = '/api/currencies';

/** What the form's currency field shows. */
export type CurrencyListState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly currencies: readonly Currency[] }
  | { readonly status: 'failed'; readonly message: string };

/** The currencies a transaction may use, as the API publishes them: the one place the form learns them. */
@Injectable({ providedIn: 'root' })
export class CurrenciesService {
  private readonly http = inject(HttpClient);

  list(): Observable<CurrencyListState> {
    return this.http.get<unknown>(CURRENCIES_API).pipe(
      map((body): CurrencyListState => ({ status: 'loaded', currencies: parseCurrencies(body) })),
      catchError(() =>
        of<CurrencyListState>({
          status: 'failed',
          message: "The currencies can't be loaded, so no transaction can be sent yet.",
        }),
      ),
      startWith<CurrencyListState>({ status: 'loading' }),
    );
  }
}
