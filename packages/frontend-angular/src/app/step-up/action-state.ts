import { ActionOutcome, StepUpStop } from './step-up-trip';

/** What a page shows of its action while the step-up, not the API, has the last word. */
export type StepUpActionState =
  /** On the way to the provider; the page keeps the visitor's input for the return. */
  | { readonly status: 'stepping-up' }
  /** The provider's page is open in a sign-in window over this page (popup mode); the outcome follows. */
  | { readonly status: 'signing-in' }
  | { readonly status: 'stopped'; readonly stop: StepUpStop };

/** How a page reads the API's own answer: its accepted body, or anything that went wrong. */
export interface ActionResult<S> {
  /** Reads a 2xx body; throws when it is not what the page asked for. */
  done(body: unknown): S;
  /** A failure that is not a step-up (or a 2xx body `done` could not read). */
  failed(error: unknown): S;
}

/** The state a page shows for an outcome of `StepUpService.send` or of a resumed action. */
export function actionStateOf<S>(
  outcome: ActionOutcome<unknown>,
  result: ActionResult<S>,
): S | StepUpActionState {
  switch (outcome.kind) {
    case 'done':
      try {
        return result.done(outcome.response.body);
      } catch (error) {
        return result.failed(error);
      }
    case 'failed':
      return result.failed(outcome.error);
    case 'redirecting':
      return { status: 'stepping-up' };
    case 'signing-in':
      return { status: 'signing-in' };
    case 'stopped':
      return { status: 'stopped', stop: outcome };
  }
}
