import { Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { BehaviorSubject, Observable, switchAll } from 'rxjs';

import { SessionService } from '../auth/session.service';
import { StepUpDemand } from '../step-up/step-up-plan';
import { describeDemand } from '../step-up/step-up-demand-description';
import { MessagesState } from './messages-state';
import { MessagesService } from './messages.service';

/**
 * `GET /api/messages` needs a two-factor sign-in. When the API answers with a step-up challenge, the
 * page goes to the provider once and comes back here with the messages; the decisions live in
 * {@link MessagesService} and the step-up service, this component only shows the state.
 */
@Component({
  selector: 'app-messages',
  imports: [RouterLink],
  templateUrl: './messages.component.html',
  styleUrl: './messages.component.css',
})
export class MessagesComponent {
  private readonly messages = inject(MessagesService);
  private readonly session = inject(SessionService);
  /** Each request is a cold observable of page states; a new one (reload, retry) replaces the last. */
  private readonly requests = new BehaviorSubject<Observable<MessagesState>>(this.messages.load());

  protected readonly state = toSignal(this.requests.pipe(switchAll()), { requireSync: true });
  protected readonly requirement = computed(() => {
    const state = this.state();
    return state.status === 'step-up-stopped' ? describeDemand(state.demand) : '';
  });

  protected reload(): void {
    this.requests.next(this.messages.load());
  }

  protected signInAgain(demand: StepUpDemand): void {
    this.requests.next(this.messages.retryStepUp(demand));
  }

  protected async signIn(): Promise<void> {
    await this.session.signIn();
  }
}
