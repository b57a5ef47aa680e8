import {
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  OnInit,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BehaviorSubject, Observable, Subscription, switchAll } from 'rxjs';

import { ActionOutcome, dropsInput, StepUpStop } from '../../step-up/step-up-trip';
import { StepUpNoticeComponent } from '../../step-up/step-up-notice/step-up-notice.component';
import { Message } from '../message';
import { MessageRulesService, MessageRulesState } from '../message-rules.service';
import { messageLength, messageTextProblem } from '../message-text';
import { MessagesService } from '../messages.service';
import { PostState, postStateOf } from '../post-state';

/**
 * "Post a message": `POST /api/messages` needs a passkey sign-in, so the first post of a weaker session
 * is answered with a step-up challenge. The step-up service takes the visitor to the provider (passkey
 * sign-in, or setting one up) and back; this composer then shows the text again and the outcome of the
 * one replayed request. The text is cleared only once the API has the message. The length limit and
 * how characters are counted come from the API (`GET /api/message-rules`); posting waits for them.
 */
@Component({
  selector: 'app-message-composer',
  imports: [StepUpNoticeComponent],
  templateUrl: './message-composer.component.html',
  styleUrls: ['../../forms/form-fields.css', './message-composer.component.css'],
})
export class MessageComposerComponent implements OnInit {
  private readonly messages = inject(MessagesService);
  private readonly messageRules = inject(MessageRulesService);
  private readonly destroyRef = inject(DestroyRef);

  /** A message the API now has. */
  readonly posted = output<Message>();

  private readonly rulesRequests = new BehaviorSubject<Observable<MessageRulesState>>(
    this.messageRules.rules(),
  );
  protected readonly rules = toSignal(this.rulesRequests.pipe(switchAll()), { requireSync: true });
  /** The text as typed (a plain `[value]`/`(input)` binding: the rules are the API's, checked below and by it). */
  protected readonly text = signal('');
  /** Characters left under the API's limit (negative: too many), once its rules are known. */
  protected readonly remaining = computed(() => {
    const rules = this.rules();
    return rules.status === 'loaded' ? rules.rules.maxLength - messageLength(this.text()) : null;
  });
  protected readonly error = signal<string | null>(null);
  protected readonly state = signal<PostState>({ status: 'idle' });
  protected readonly busy = computed(() =>
    ['posting', 'stepping-up', 'signing-in'].includes(this.state().status),
  );
  protected readonly canPost = computed(() => !this.busy() && this.rules().status === 'loaded');
  protected readonly describedBy = computed(() =>
    [
      'message-text-hint',
      this.rules().status === 'failed' ? 'message-rules-unavailable' : 'message-text-count',
      this.error() === null ? undefined : 'message-text-error',
    ]
      .filter((id) => id !== undefined)
      .join(' '),
  );

  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');
  private following?: Subscription;

  constructor() {
    this.destroyRef.onDestroy(() => this.following?.unsubscribe());
  }

  /** Takes back a post that waited for a step-up (once its `posted` listeners are in place). */
  ngOnInit(): void {
    const resumed = this.messages.resumePost();
    if (resumed !== null) {
      if (resumed.text !== null) {
        this.text.set(resumed.text);
      }
      this.follow(resumed.outcome);
    }
  }

  /** The text as the visitor changes it; a problem shown with it goes away. */
  protected edit(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
    this.error.set(null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const rules = this.rules();
    if (!this.canPost() || rules.status !== 'loaded') {
      return;
    }
    const problem = messageTextProblem(this.text(), rules.rules);
    if (problem !== null) {
      this.state.set({ status: 'idle' });
      this.error.set(problem);
      this.field().nativeElement.focus();
      return;
    }
    this.follow(this.messages.post(this.text()));
  }

  protected reloadRules(): void {
    this.rulesRequests.next(this.messageRules.rules());
  }

  protected stepUpAgain(stop: StepUpStop): void {
    this.follow(this.messages.stepUpAgainToPost(stop));
  }

  /** Closes a notice and returns to the text, unchanged. */
  protected editMessage(): void {
    this.state.set({ status: 'idle' });
    this.field().nativeElement.focus();
  }

  private follow(outcome: Observable<ActionOutcome<unknown>>): void {
    this.following?.unsubscribe();
    this.state.set({ status: 'posting' });
    this.following = outcome.subscribe((next) => {
      const state = postStateOf(next);
      this.state.set(state);
      if (state.status === 'posted') {
        this.text.set('');
        this.posted.emit(state.message);
      } else if (state.status === 'stopped' && dropsInput(state.stop)) {
        this.text.set('');
      }
    });
  }
}
