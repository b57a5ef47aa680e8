// The post's "Handle step-up errors when making HTTP calls in Angular": its catchError on GET /api/messages.
// That logic now lives in messages/messages.service.ts and step-up/step-up.service.ts (redirect, replay, no loop).
import { Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { BehaviorSubject, Observable, switchAll } from 'rxjs';

import { SessionService } from '../auth/session.service';
import { StepUpStop } from '../step-up/step-up-trip';
import { StepUpNoticeComponent } from '../step-up/step-up-notice/step-up-notice.component';
import { StepUpProgressComponent } from '../step-up/step-up-progress/step-up-progress.component';
import { MessageComposerComponent } from './message-composer/message-composer.component';
import { MessagesState } from './messages-state';
import { MessagesService } from './messages.service';

/**
 * `GET /api/messages` needs a two-factor sign-in, posting one a passkey sign-in. When the API answers
 * with a step-up challenge, the page goes to the provider once and comes back here with the messages
 * (and the message being posted); the decisions live in {@link MessagesService} and the step-up
 * service, this component and its composer only show the state.
 */
@Component({
  selector: 'app-messages',
  imports: [RouterLink, StepUpNoticeComponent, StepUpProgressComponent, MessageComposerComponent],
  templateUrl: './messages.component.html',
  styleUrl: './messages.component.css',
})
export class MessagesComponent {
  private readonly messages = inject(MessagesService);
  private readonly session = inject(SessionService);
  /** Each request is a cold observable of page states; a new one (reload, retry) replaces the last. */
  private readonly requests = new BehaviorSubject<Observable<MessagesState>>(this.messages.open());

  protected readonly state = toSignal(this.requests.pipe(switchAll()), { requireSync: true });

  protected reload(): void {
    this.requests.next(this.messages.load());
  }

  protected stepUpAgain(stop: StepUpStop): void {
    this.requests.next(this.messages.stepUpAgain(stop));
  }

  protected async signIn(): Promise<void> {
    await this.session.signIn();
  }
}
