import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { lastValueFrom, toArray } from 'rxjs';

import { CURRENCIES_API, CurrenciesService, CurrencyListState } from './currencies.service';

const USD = { code: 'USD', minorDigits: 2, stepUpThreshold: '1000.00' };
const FAILED: CurrencyListState = {
  status: 'failed',
  message: "The currencies can't be loaded, so no transaction can be sent yet.",
};

describe('CurrenciesService', () => {
  let http: HttpTestingController;
  let service: CurrenciesService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(CurrenciesService);
  });

  afterEach(() => http.verify());

  async function statesAfter(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const states = lastValueFrom(service.list().pipe(toArray()));
    const request = http.expectOne(CURRENCIES_API);
    expect(request.request.method).toBe('GET');
    answer(request);
    return states;
  }

  it('loads the API’s currencies', async () => {
    const states = await statesAfter((request) => request.flush([USD]));

    expect(states).toEqual([{ status: 'loading' }, { status: 'loaded', currencies: [USD] }]);
  });

  it.each([
    {
      description: 'an error status',
      answer: (request: ReturnType<HttpTestingController['expectOne']>) =>
        request.flush('down', { status: 503, statusText: 'Service Unavailable' }),
    },
    {
      description: 'no connection',
      answer: (request: ReturnType<HttpTestingController['expectOne']>) =>
        request.error(new ProgressEvent('error')),
    },
    {
      description: 'a body that is not a list of currencies',
      answer: (request: ReturnType<HttpTestingController['expectOne']>) => request.flush({ USD: 2 }),
    },
  ])('says the currencies cannot be loaded after $description', async ({ answer }) => {
    const states = await statesAfter(answer);

    expect(states).toEqual([{ status: 'loading' }, FAILED]);
  });
});
