import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, startWith } from 'rxjs';

import { MessageTextRules, parseMessageRules } from './message-text';

/** The API's rules for a message (public: no sign-in needed). */
export const MESSAGE_RULES_API = '/api/message-rules';

/** What the composer's count shows. */
export type MessageRulesState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly rules: MessageTextRules }
  | { readonly status: 'failed'; readonly message: string };

/** A message's rules as the API publishes them: the one place the composer learns its length limit. */
@Injectable({ providedIn: 'root' })
export class MessageRulesService {
  private readonly http = inject(HttpClient);

  rules(): Observable<MessageRulesState> {
    return this.http.get<unknown>(MESSAGE_RULES_API).pipe(
      map((body): MessageRulesState => ({ status: 'loaded', rules: parseMessageRules(body) })),
      catchError(() =>
        of<MessageRulesState>({
          status: 'failed',
          message: "The message rules can't be loaded, so no message can be posted yet.",
        }),
      ),
      startWith<MessageRulesState>({ status: 'loading' }),
    );
  }
}
