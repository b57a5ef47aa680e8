import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { lastValueFrom, toArray } from 'rxjs';

import { MESSAGE_RULES_API, MessageRulesService, MessageRulesState } from './message-rules.service';

const FAILED: MessageRulesState = {
  status: 'failed',
  message: "The message rules can't be loaded, so no message can be posted yet.",
};

describe('MessageRulesService', () => {
  let http: HttpTestingController;
  let service: MessageRulesService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(MessageRulesService);
  });

  afterEach(() => http.verify());

  async function statesAfter(answer: (request: TestRequest) => void) {
    const states = lastValueFrom(service.rules().pipe(toArray()));
    const request = http.expectOne(MESSAGE_RULES_API);
    expect(request.request.method).toBe('GET');
    answer(request);
    return states;
  }

  it('loads the rules the API publishes', async () => {
    const states = await statesAfter((request) =>
      request.flush({ text: { minLength: 1, maxLength: 500, lengthUnit: 'codePoint' } }),
    );

    expect(states).toEqual([
      { status: 'loading' },
      { status: 'loaded', rules: { minLength: 1, maxLength: 500 } },
    ]);
  });

  it.each([
    {
      description: 'an error status',
      answer: (request: TestRequest) =>
        request.flush('down', { status: 503, statusText: 'Service Unavailable' }),
    },
    {
      description: 'no connection',
      answer: (request: TestRequest) => request.error(new ProgressEvent('error')),
    },
    {
      description: 'rules in a unit the page does not count in',
      answer: (request: TestRequest) =>
        request.flush({ text: { minLength: 1, maxLength: 280, lengthUnit: 'grapheme' } }),
    },
  ])('says the rules cannot be loaded after $description', async ({ answer }) => {
    const states = await statesAfter(answer);

    expect(states).toEqual([{ status: 'loading' }, FAILED]);
  });
});
