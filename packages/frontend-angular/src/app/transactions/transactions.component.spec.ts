import { HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Observable, of, Subject } from 'rxjs';

import { ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { CurrenciesService, CurrencyListState } from './currencies.service';
import { Currency } from './currency';
import { NEW_IDEMPOTENCY_KEY } from './idempotency-key';
import { TransactionDraft } from './transaction-draft';
import { TransactionListState } from './transaction-list-state';
import { TransactionsComponent } from './transactions.component';
import { ResumedCreation, TransactionsService } from './transactions.service';

const CREATED = {
  id: 'tx-1',
  amount: '25.00',
  currency: 'USD',
  payee: 'Corner Bakery',
  memo: 'Bread',
  createdAt: '2026-11-29T10:00:00.000Z',
};
const LARGE = { amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals', memo: 'Deposit' };
const CURRENCIES: Currency[] = [
  { code: 'EUR', minorDigits: 2, stepUpThreshold: '850.00' },
  { code: 'JPY', minorDigits: 0, stepUpThreshold: '150000' },
  { code: 'USD', minorDigits: 2, stepUpThreshold: '1000.00' },
];
const CANCELLED: StepUpStop = {
  kind: 'stopped',
  reason: 'sign-in-failed',
  trip: {
    returnUrl: '/transactions',
    requirement: { acrValues: ['urn:okta:loa:2fa:any'], maxAge: 300 },
    startedAt: 0,
    status: 'failed',
    failure: 'access_denied',
    action: {
      name: 'create-transaction',
      purpose: 'create this transaction',
      request: { method: 'POST', url: '/api/transactions' },
    },
  },
};

/** The API's 400 answer with one message per field, each completing "<Field> …". */
function refused(errors: Array<{ field: string; message: string }>): ActionOutcome<unknown> {
  return { kind: 'failed', error: new HttpErrorResponse({ status: 400, error: { errors } }) };
}

describe('TransactionsComponent', () => {
  let service: {
    list: jest.Mock<Observable<TransactionListState>, []>;
    create: jest.Mock<Observable<ActionOutcome<unknown>>, [TransactionDraft, string]>;
    resumeCreation: jest.Mock<ResumedCreation | null, []>;
    stepUpAgain: jest.Mock<Observable<ActionOutcome<never>>, [StepUpStop]>;
  };
  let currencies: { list: jest.Mock<Observable<CurrencyListState>, []> };
  let outcomes: Subject<ActionOutcome<unknown>>;
  let keys: string[];

  beforeEach(() => {
    outcomes = new Subject();
    keys = ['key-1', 'key-2', 'key-3'];
    service = {
      list: jest
        .fn<Observable<TransactionListState>, []>()
        .mockReturnValue(of<TransactionListState>({ status: 'loaded', transactions: [] })),
      create: jest
        .fn<Observable<ActionOutcome<unknown>>, [TransactionDraft, string]>()
        .mockReturnValue(outcomes),
      resumeCreation: jest.fn<ResumedCreation | null, []>().mockReturnValue(null),
      stepUpAgain: jest
        .fn<Observable<ActionOutcome<never>>, [StepUpStop]>()
        .mockReturnValue(of({ kind: 'redirecting' })),
    };
    currencies = {
      list: jest
        .fn<Observable<CurrencyListState>, []>()
        .mockReturnValue(of<CurrencyListState>({ status: 'loaded', currencies: CURRENCIES })),
    };
    TestBed.configureTestingModule({
      imports: [TransactionsComponent],
      providers: [
        { provide: TransactionsService, useValue: service },
        { provide: CurrenciesService, useValue: currencies },
        { provide: NEW_IDEMPOTENCY_KEY, useValue: () => keys.shift() },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(TransactionsComponent);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const field = (label: string) => {
      const target = [...page.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
      return page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${target?.htmlFor}`);
    };
    const fill = async (values: Partial<typeof LARGE>) => {
      for (const [name, value] of Object.entries(values)) {
        const input = field(name.charAt(0).toUpperCase() + name.slice(1))!;
        input.value = value;
        input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
      }
      await fixture.whenStable();
    };
    const submit = async () => {
      page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await fixture.whenStable();
    };
    const settle = async (outcome: ActionOutcome<unknown>) => {
      outcomes.next(outcome);
      await fixture.whenStable();
    };
    const values = () => ({
      amount: field('Amount')?.value,
      currency: field('Currency')?.value,
      payee: field('Payee')?.value,
      memo: field('Memo')?.value,
    });
    return { fixture, page, field, fill, submit, settle, values };
  }

  it('labels every field and offers the currencies the API publishes, US dollars first chosen', async () => {
    const { field } = await render();

    for (const label of ['Amount', 'Currency', 'Payee', 'Memo']) {
      expect(field(label)).not.toBeNull();
    }
    const options = [...(field('Currency') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['EUR', 'JPY', 'USD']);
    expect(field('Currency')?.value).toBe('USD');
  });

  it("chooses the API's first currency when it offers no US dollars", async () => {
    currencies.list.mockReturnValue(
      of<CurrencyListState>({ status: 'loaded', currencies: CURRENCIES.slice(0, 2) }),
    );

    const { field } = await render();

    expect(field('Currency')?.value).toBe('EUR');
  });

  it.each([
    {
      currency: 'USD',
      expected:
        'Digits, at most 2 after the decimal point Above $1,000.00 the API asks for a recent two-factor sign-in.',
    },
    {
      currency: 'JPY',
      expected: 'A whole number, e.g. 1250 Above ¥150,000 the API asks for a recent two-factor sign-in.',
    },
  ])("describes $currency amounts with the API's digits and threshold", async ({ currency, expected }) => {
    const { page, fill } = await render();

    await fill({ currency });

    const hint = page.querySelector('#transaction-amount-hint')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(hint).toBe(expected);
  });

  it('says when the currencies cannot be loaded, sends nothing and loads them again on request', async () => {
    const failed: CurrencyListState = { status: 'failed', message: "The currencies can't be loaded." };
    currencies.list.mockReturnValueOnce(of(failed));
    const { fixture, page, field, fill, submit } = await render();
    await fill({ amount: '25.00', payee: 'Corner Bakery' });

    await submit();

    expect(service.create).not.toHaveBeenCalled();
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    expect(page.querySelector('[role="alert"]')?.textContent).toContain("The currencies can't be loaded.");
    [...page.querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Load the currencies again')
      ?.click();
    await fixture.whenStable();
    expect(currencies.list).toHaveBeenCalledTimes(2);
    expect(field('Currency')?.value).toBe('USD');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(false);
  });

  it("leaves the checks to the API: a form with mistakes is sent and the API's answer marks the fields", async () => {
    const { page, field, fill, submit, settle } = await render();
    await fill({ amount: '1,500', payee: '' });

    await submit();
    await settle(
      refused([
        { field: 'amount', message: 'must be a decimal number such as "1234.50"' },
        { field: 'payee', message: 'must not be empty' },
      ]),
    );

    expect(service.create).toHaveBeenCalledWith(
      { amount: '1,500', currency: 'USD', payee: '', memo: '' },
      'key-1',
    );
    const summary = page.querySelector('[role="alert"]');
    expect(summary?.textContent).toContain('There are 2 problems with this transaction');
    expect(document.activeElement === summary || summary?.contains(document.activeElement)).toBe(true);
    expect(field('Amount')?.getAttribute('aria-invalid')).toBe('true');
    expect(field('Amount')?.getAttribute('aria-describedby')).toBe(
      'transaction-amount-hint transaction-amount-error',
    );
    expect(page.querySelector('#transaction-amount-error')?.textContent).toBe(
      'Amount must be a decimal number such as "1234.50".',
    );
    expect(page.querySelector('#transaction-payee-error')?.textContent).toBe('Payee must not be empty.');
  });

  it("clears a field's error as soon as it is edited", async () => {
    const { page, fill, submit, settle } = await render();
    await submit();
    await settle(
      refused([
        { field: 'amount', message: 'is required' },
        { field: 'payee', message: 'must not be empty' },
      ]),
    );

    await fill({ payee: 'Corner Bakery' });

    expect(page.querySelector('#transaction-payee-error')).toBeNull();
    expect(page.querySelector('#transaction-amount-error')).not.toBeNull();
  });

  it('sends a valid form with a new Idempotency-Key, confirms, resets the form and reloads the list', async () => {
    const { page, fill, submit, settle, values } = await render();
    await fill({ amount: '25.00', payee: 'Corner Bakery', memo: 'Bread' });

    await submit();
    expect(service.create).toHaveBeenCalledWith(
      { amount: '25.00', currency: 'USD', payee: 'Corner Bakery', memo: 'Bread' },
      'key-1',
    );
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Sending the transaction…');
    expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);

    await settle({ kind: 'done', response: new HttpResponse({ status: 201, body: CREATED }) });

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Transaction of $25.00 to Corner Bakery created.',
    );
    expect(values()).toEqual({ amount: '', currency: 'USD', payee: '', memo: '' });
    expect(service.list).toHaveBeenCalledTimes(2);
  });

  it("shows the API's field errors beside the fields", async () => {
    const { page, fill, submit, settle } = await render();
    await fill({ amount: '25.00', payee: 'Corner Bakery' });
    await submit();

    await settle(
      refused([{ field: 'payee', message: 'must not contain bidirectional formatting characters' }]),
    );

    expect(page.querySelector('#transaction-payee-error')?.textContent).toBe(
      'Payee must not contain bidirectional formatting characters.',
    );
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Check the fields marked below.');
  });

  it('keeps the key when the same details are sent again after an unknown outcome, not otherwise', async () => {
    const { fill, submit, settle } = await render();
    await fill({ amount: '25.00', payee: 'Corner Bakery' });
    await submit();
    await settle({ kind: 'failed', error: new HttpErrorResponse({ status: 503 }) });

    await submit();
    await settle({ kind: 'failed', error: new HttpErrorResponse({ status: 503 }) });
    await fill({ amount: '26.00' });
    await submit();

    expect(service.create.mock.calls.map(([, key]) => key)).toEqual(['key-1', 'key-1', 'key-2']);
  });

  it('says it is taking the visitor to the provider when the amount needs a step-up', async () => {
    const { page, fill, submit, settle } = await render();
    await fill(LARGE);
    await submit();

    await settle({ kind: 'redirecting' });

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'This transaction needs a stronger sign-in. Taking you to the identity provider…',
    );
  });

  describe('with the sign-in in a window over the page (popup mode)', () => {
    it('says where to finish the sign-in and keeps the form as typed', async () => {
      const { page, fill, submit, settle, values } = await render();
      await fill(LARGE);
      await submit();

      await settle({ kind: 'signing-in' });

      expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
        'This transaction needs a stronger sign-in. Finish it in the sign-in window; your details stay here.',
      );
      expect(page.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
      expect(values()).toEqual(LARGE);
    });

    it('clears what one account typed when the window signed in another', async () => {
      const { page, fill, submit, settle, values } = await render();
      await fill(LARGE);
      await submit();

      await settle({ ...CANCELLED, reason: 'account-changed' });

      expect(values()).toEqual({ amount: '', currency: 'EUR', payee: '', memo: '' });
      expect(page.querySelector('[role="alert"]')?.textContent).toContain('The sign-in changed account');
    });
  });

  describe('after a step-up', () => {
    it('shows the form as it was while the replayed request completes, then confirms', async () => {
      const replay = new Subject<ActionOutcome<unknown>>();
      service.resumeCreation.mockReturnValue({
        formState: { draft: LARGE, idempotencyKey: 'key-0' },
        outcome: replay,
      });

      const { fixture, page, values } = await render();
      expect(values()).toEqual(LARGE);
      expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Sending the transaction…');

      replay.next({
        kind: 'done',
        response: new HttpResponse({
          status: 201,
          body: { ...CREATED, amount: '1500.00', currency: 'EUR', payee: 'Acme Rentals' },
        }),
      });
      await fixture.whenStable();

      expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
        'Transaction of €1,500.00 to Acme Rentals created.',
      );
    });

    it("shows and focuses the API's field errors when the replay is refused before the page has rendered", async () => {
      service.resumeCreation.mockReturnValue({
        formState: { draft: LARGE, idempotencyKey: 'key-0' },
        outcome: of(refused([{ field: 'payee', message: 'must not be empty' }])),
      });

      const { page } = await render();

      const summary = page.querySelector('[role="alert"]');
      expect(summary?.textContent).toContain('There is a problem with this transaction');
      expect(document.activeElement === summary).toBe(true);
      expect(page.querySelector('#transaction-payee-error')?.textContent).toBe('Payee must not be empty.');
    });

    it('explains a cancelled sign-in, keeps the form and offers to try again', async () => {
      service.resumeCreation.mockReturnValue({
        formState: { draft: LARGE, idempotencyKey: 'key-0' },
        outcome: of(CANCELLED),
      });

      const { page, values } = await render();

      expect(values()).toEqual(LARGE);
      const alert = page.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain('Sign-in was cancelled');
      expect(alert?.textContent).toContain('To create this transaction, the app needs a two-factor sign-in');
      [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')?.click();
      expect(service.stepUpAgain).toHaveBeenCalledWith(CANCELLED);
    });

    it('returns to the form, unchanged, when the visitor chooses to edit the details', async () => {
      service.resumeCreation.mockReturnValue({
        formState: { draft: LARGE, idempotencyKey: 'key-0' },
        outcome: of(CANCELLED),
      });
      const { fixture, page, field, values } = await render();

      [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Edit the details')?.click();
      await fixture.whenStable();

      expect(page.querySelector('[role="alert"]')).toBeNull();
      expect(document.activeElement).toBe(field('Amount'));
      expect(values()).toEqual(LARGE);
    });

    it('shows an empty form, no retry and a fresh start when the sign-in came back as another account', async () => {
      service.resumeCreation.mockReturnValue({
        formState: null,
        outcome: of<ActionOutcome<unknown>>({ ...CANCELLED, reason: 'account-changed' }),
      });

      const { page, values } = await render();

      expect(values()).toEqual({ amount: '', currency: 'USD', payee: '', memo: '' });
      expect(page.querySelector('[role="alert"]')?.textContent).toContain('The sign-in changed account');
      const labels = [...page.querySelectorAll('button')].map((b) => b.textContent?.trim());
      expect(labels).toContain('Start a new transaction');
      expect(labels).not.toContain('Try again');
      expect(labels).not.toContain('Edit the details');
    });

    it('falls back to the default currency when the stored one is not offered', async () => {
      service.resumeCreation.mockReturnValue({
        formState: { draft: { ...LARGE, currency: 'XYZ' }, idempotencyKey: 'key-0' },
        outcome: of(CANCELLED),
      });

      const { values } = await render();

      expect(values().currency).toBe('USD');
    });
  });

  it('lists the transactions with amounts in their currency', async () => {
    service.list.mockReturnValue(
      of<TransactionListState>({
        status: 'loaded',
        transactions: [CREATED, { ...CREATED, id: 'tx-2', amount: '1000', currency: 'JPY', memo: null }],
      }),
    );

    const { page } = await render();

    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Corner Bakery', 'Bread', '$25.00'],
      ['Corner Bakery', '–No memo', '¥1,000'],
    ]);
  });
});
