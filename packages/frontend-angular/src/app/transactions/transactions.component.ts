import {
  AfterViewInit,
  ChangeDetectorRef,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { BehaviorSubject, Observable, Subscription, switchAll, tap } from 'rxjs';

import { ActionOutcome, dropsInput, StepUpStop } from '../step-up/step-up-trip';
import { StepUpNoticeComponent } from '../step-up/step-up-notice/step-up-notice.component';
import { StepUpProgressComponent } from '../step-up/step-up-progress/step-up-progress.component';
import { CurrenciesService, CurrencyListState } from './currencies.service';
import { Currency, currencyLabel } from './currency';
import { idempotencyKeyFor, NEW_IDEMPOTENCY_KEY, UnsettledSubmission } from './idempotency-key';
import { formatMoney } from './money-format';
import { SubmissionState, submissionStateOf } from './submission-state';
import {
  emptyDraft,
  TRANSACTION_FIELDS,
  TransactionDraft,
  TransactionField,
  TransactionFieldErrors,
} from './transaction-draft';
import { TransactionFormState } from './transaction-form-state';
import { TransactionListComponent } from './transaction-list/transaction-list.component';
import { TransactionListState } from './transaction-list-state';
import { ResumedCreation, TransactionsService } from './transactions.service';

/** Chosen first when the API offers it; otherwise the API's first currency. */
const PREFERRED_CURRENCY = 'USD';

const LABELS: Readonly<Record<TransactionField, string>> = {
  amount: 'Amount',
  currency: 'Currency',
  payee: 'Payee',
  memo: 'Memo',
};

/**
 * A transaction form and the visitor's transactions. A large amount makes the API ask for step-up;
 * the step-up service takes the visitor to the provider and back, and this page then shows the form
 * as it was and the outcome of the replayed request (sent once, with the same `Idempotency-Key`).
 * The currencies, their digits and their step-up thresholds come from the API, which also judges
 * every field: its 400 answers are shown beside the fields.
 */
@Component({
  selector: 'app-transactions',
  imports: [StepUpNoticeComponent, StepUpProgressComponent, TransactionListComponent],
  templateUrl: './transactions.component.html',
  styleUrls: ['../forms/form-fields.css', './transactions.component.css'],
})
export class TransactionsComponent implements AfterViewInit {
  private readonly transactions = inject(TransactionsService);
  private readonly currencyService = inject(CurrenciesService);
  private readonly newKey = inject(NEW_IDEMPOTENCY_KEY);
  private readonly destroyRef = inject(DestroyRef);
  private readonly locale = inject(LOCALE_ID);
  private readonly document = inject(DOCUMENT);
  private readonly changeDetector = inject(ChangeDetectorRef);

  /**
   * The form as typed, bound to its fields with plain `[value]`/`(input)` bindings: the API judges every field, so
   * the form needs no validators, and no form library (see the README's "Initial load").
   */
  protected readonly draft = signal<TransactionDraft>(emptyDraft());
  private readonly currencyRequests = new BehaviorSubject<Observable<CurrencyListState>>(
    this.currencyService.list(),
  );
  protected readonly currencyList = toSignal(
    this.currencyRequests.pipe(
      switchAll(),
      tap((state) => this.chooseOfferedCurrency(state)),
    ),
    { requireSync: true },
  );
  protected readonly currencies = computed(() => {
    const state = this.currencyList();
    return state.status === 'loaded'
      ? state.currencies.map(({ code }) => ({ code, label: currencyLabel(code, this.locale) }))
      : [];
  });
  /** The chosen currency's rules as the API published them. */
  protected readonly currency = computed(() => offered(this.currencyList(), this.draft().currency));
  protected readonly stepUpThreshold = computed(() => {
    const currency = this.currency();
    return currency === undefined ? null : formatMoney(currency.stepUpThreshold, currency.code, this.locale);
  });
  protected readonly errors = signal<TransactionFieldErrors>({});
  protected readonly errorList = computed(() =>
    TRANSACTION_FIELDS.flatMap((field) => {
      const message = this.errors()[field];
      return message === undefined ? [] : [{ field, label: LABELS[field], message }];
    }),
  );
  protected readonly submission = signal<SubmissionState>({ status: 'idle' });
  protected readonly busy = computed(() =>
    ['sending', 'stepping-up', 'signing-in'].includes(this.submission().status),
  );
  protected readonly canSend = computed(() => !this.busy() && this.currencyList().status === 'loaded');
  protected readonly confirmation = computed(() => {
    const state = this.submission();
    if (state.status !== 'created') {
      return null;
    }
    const { amount, currency, payee } = state.transaction;
    return `Transaction of ${formatMoney(amount, currency, this.locale)} to ${payee} created.`;
  });

  private readonly listRequests = new BehaviorSubject<Observable<TransactionListState>>(
    this.transactions.list(),
  );
  protected readonly list = toSignal(this.listRequests.pipe(switchAll()), { requireSync: true });

  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  /** The last submission whose outcome is unknown; sending the same details again reuses its key. */
  private unsettled: UnsettledSubmission | null = null;
  /** The submission being followed; a new one replaces it. */
  private following?: Subscription;
  /** Whether the view exists: before that, errors are rendered (and focused) with it, not forced out early. */
  private viewReady = false;

  constructor() {
    const resumed = this.transactions.resumeCreation();
    if (resumed !== null) {
      this.resume(resumed);
    }
  }

  /** A field as the visitor changes it; its error, if any, goes away. */
  protected edit(field: TransactionField, event: Event): void {
    const { value } = event.target as HTMLInputElement | HTMLSelectElement;
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.clearError(field);
  }

  ngAfterViewInit(): void {
    this.viewReady = true;
    if (this.errorList().length > 0) {
      this.focusErrorSummary();
    }
  }

  /** Sends the form as typed: the API checks every field and answers a 400 with what to fix. */
  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.canSend()) {
      return;
    }
    const draft = this.draft();
    const idempotencyKey = idempotencyKeyFor(draft, this.unsettled, this.newKey);
    this.follow(this.transactions.create(draft, idempotencyKey), { draft, idempotencyKey });
  }

  protected stepUpAgain(stop: StepUpStop): void {
    this.follow(this.transactions.stepUpAgain(stop), null);
  }

  /** Closes a notice and returns to the form, its values unchanged. */
  protected editDetails(): void {
    this.submission.set({ status: 'idle' });
    this.focusField('amount');
  }

  protected reloadCurrencies(): void {
    this.currencyRequests.next(this.currencyService.list());
  }

  protected reloadList(): void {
    this.listRequests.next(this.transactions.list());
  }

  /** The error summary's links: a plain `#id` would resolve against `<base href="/">` and leave the page. */
  protected focusField(field: TransactionField, event?: Event): void {
    event?.preventDefault();
    this.document.getElementById(`transaction-${field}`)?.focus();
  }

  protected describedBy(field: TransactionField, hint?: string): string | null {
    const ids = [hint, this.errors()[field] === undefined ? undefined : `transaction-${field}-error`];
    return ids.filter((id) => id !== undefined).join(' ') || null;
  }

  private resume({ formState, outcome }: ResumedCreation): void {
    if (formState !== null) {
      this.restore(formState);
    }
    this.follow(outcome, formState === null ? null : { ...formState });
  }

  private restore({ draft }: TransactionFormState): void {
    this.draft.set(draft);
    this.chooseOfferedCurrency(this.currencyList());
  }

  /** Once the currencies are known, a currency the API does not offer gives way to one it does. */
  private chooseOfferedCurrency(state: CurrencyListState): void {
    if (state.status !== 'loaded' || offered(state, this.draft().currency) !== undefined) {
      return;
    }
    const preferred = offered(state, PREFERRED_CURRENCY) ?? state.currencies[0];
    this.draft.update((draft) => ({ ...draft, currency: preferred?.code ?? '' }));
  }

  private follow(outcome: Observable<ActionOutcome<unknown>>, submitted: UnsettledSubmission | null): void {
    this.submission.set({ status: 'sending' });
    this.following?.unsubscribe();
    this.following = outcome
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => this.settle(result, submitted));
  }

  private settle(outcome: ActionOutcome<unknown>, submitted: UnsettledSubmission | null): void {
    const state = submissionStateOf(outcome);
    this.submission.set(state);
    if (state.status === 'created') {
      this.unsettled = null;
      this.draft.set(emptyDraft(this.draft().currency));
      this.errors.set({});
      this.reloadList();
    } else if (state.status === 'stopped' && dropsInput(state.stop)) {
      this.unsettled = null;
      this.draft.set(emptyDraft(this.draft().currency));
    } else if (state.status === 'failed') {
      this.unsettled = state.failure.outcomeUnknown ? submitted : null;
      this.showErrors(state.failure.fieldErrors);
    }
  }

  private showErrors(errors: TransactionFieldErrors): void {
    this.errors.set(errors);
    if (Object.keys(errors).length > 0 && this.viewReady) {
      // The summary is rendered at once so that it can take focus now. (afterNextRender would wait for the next
      // render instead, but its scheduler would add 0.8 kB gzipped to the first screen's download, this page
      // being its only user: README, "Initial load".)
      this.changeDetector.detectChanges();
      this.focusErrorSummary();
    }
  }

  private focusErrorSummary(): void {
    this.errorSummary()?.nativeElement.focus();
  }

  private clearError(field: TransactionField): void {
    if (this.errors()[field] !== undefined) {
      const remaining = { ...this.errors() };
      delete remaining[field];
      this.errors.set(remaining);
    }
  }
}

function offered(state: CurrencyListState, code: string): Currency | undefined {
  return state.status === 'loaded' ? state.currencies.find((currency) => currency.code === code) : undefined;
}
