import {
  afterNextRender,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  LOCALE_ID,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { BehaviorSubject, Observable, Subscription, switchAll } from 'rxjs';

import { ActionOutcome, StepUpStop } from '../step-up/step-up-trip';
import { StepUpNoticeComponent } from '../step-up/step-up-notice/step-up-notice.component';
import { CURRENCY_CODES, currencyLabel, DEFAULT_CURRENCY, isSupportedCurrency } from './currencies';
import { idempotencyKeyFor, NEW_IDEMPOTENCY_KEY, UnsettledSubmission } from './idempotency-key';
import { formatMoney } from './money-format';
import { SubmissionState, submissionStateOf } from './submission-state';
import { emptyDraft, TRANSACTION_FIELDS, TransactionDraft, TransactionField } from './transaction-draft';
import { TransactionFormState } from './transaction-form-state';
import { TransactionListComponent } from './transaction-list/transaction-list.component';
import { TransactionListState } from './transaction-list-state';
import { TransactionFieldErrors, validateTransactionDraft } from './transaction-validation';
import { ResumedCreation, TransactionsService } from './transactions.service';

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
 */
@Component({
  selector: 'app-transactions',
  imports: [ReactiveFormsModule, StepUpNoticeComponent, TransactionListComponent],
  templateUrl: './transactions.component.html',
  styleUrl: './transactions.component.css',
})
export class TransactionsComponent {
  private readonly transactions = inject(TransactionsService);
  private readonly newKey = inject(NEW_IDEMPOTENCY_KEY);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LOCALE_ID);
  private readonly document = inject(DOCUMENT);

  protected readonly currencies = CURRENCY_CODES.map((code) => ({
    code,
    label: currencyLabel(code, this.locale),
  }));
  protected readonly form =
    inject(NonNullableFormBuilder).group<Record<TransactionField, string>>(emptyDraft());
  protected readonly errors = signal<TransactionFieldErrors>({});
  protected readonly errorList = computed(() =>
    TRANSACTION_FIELDS.flatMap((field) => {
      const message = this.errors()[field];
      return message === undefined ? [] : [{ field, label: LABELS[field], message }];
    }),
  );
  protected readonly submission = signal<SubmissionState>({ status: 'idle' });
  protected readonly busy = computed(() => ['sending', 'stepping-up'].includes(this.submission().status));
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

  constructor() {
    for (const field of TRANSACTION_FIELDS) {
      this.form.controls[field].valueChanges
        .pipe(takeUntilDestroyed())
        .subscribe(() => this.clearError(field));
    }
    const resumed = this.transactions.resumeCreation();
    if (resumed !== null) {
      this.resume(resumed);
    }
  }

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    const draft: TransactionDraft = this.form.getRawValue();
    const errors = validateTransactionDraft(draft);
    if (Object.keys(errors).length > 0) {
      this.submission.set({ status: 'idle' });
      this.showErrors(errors);
      return;
    }
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
    this.form.setValue({
      ...draft,
      currency: isSupportedCurrency(draft.currency) ? draft.currency : DEFAULT_CURRENCY,
    });
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
      this.form.reset(emptyDraft(this.form.controls.currency.value));
      this.errors.set({});
      this.reloadList();
    } else if (state.status === 'failed') {
      this.unsettled = state.failure.outcomeUnknown ? submitted : null;
      this.showErrors(state.failure.fieldErrors);
    }
  }

  private showErrors(errors: TransactionFieldErrors): void {
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      afterNextRender(() => this.errorSummary()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  /** A field's error goes away as soon as the visitor edits the field. */
  private clearError(field: TransactionField): void {
    if (this.errors()[field] !== undefined) {
      const remaining = { ...this.errors() };
      delete remaining[field];
      this.errors.set(remaining);
    }
  }
}
