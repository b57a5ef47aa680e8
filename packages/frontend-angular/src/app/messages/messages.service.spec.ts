import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { lastValueFrom, Observable, toArray } from 'rxjs';

import { StepUpStop } from '../step-up/step-up-trip';
import { StepUpStore } from '../step-up/step-up.store';
import { FakeOktaAuth, holdTokens } from '../../testing/fake-okta';
import { afterRedirect, configureStepUpTestBed } from '../../testing/step-up-test-bed';
import { MessagesState } from './messages-state';
import { MessagesService } from './messages.service';

const NOW_MS = 1_764_410_400_000;
const TWO_FACTOR = 'urn:okta:loa:2fa:any';
const CHALLENGE =
  'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"';

describe('MessagesService', () => {
  let oktaAuth: FakeOktaAuth;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ oktaAuth, backend } = await configureStepUpTestBed({
      url: '/messages',
      clock: { now: () => NOW_MS },
    }));
  });

  afterEach(() => backend.verify());

  /** The service of the app as loaded afresh after the redirect back from the provider. */
  const reloaded = () => afterRedirect(MessagesService);

  /** Runs one page load against a backend answering with `answer`, returning every state shown. */
  async function statesOf(
    load: Observable<MessagesState>,
    answer: (url: string) => void,
  ): Promise<MessagesState[]> {
    const states = lastValueFrom(load.pipe(toArray()));
    await new Promise((resolve) => setTimeout(resolve));
    answer('/api/messages');
    return states;
  }

  const challenge = (url: string) =>
    backend
      .expectOne(url)
      .flush(null, { status: 401, statusText: 'Unauthorized', headers: { 'WWW-Authenticate': CHALLENGE } });
  const messages = (url: string) => backend.expectOne(url).flush([{ id: 1, text: 'Hello, world!' }]);

  it('shows the messages the API returns', async () => {
    await expect(statesOf(TestBed.inject(MessagesService).open(), messages)).resolves.toEqual([
      { status: 'loading' },
      { status: 'loaded', messages: [{ id: 1, text: 'Hello, world!' }] },
    ]);
  });

  it('steps up through the step-up service, asking for the acr from the challenge', async () => {
    await expect(statesOf(TestBed.inject(MessagesService).open(), challenge)).resolves.toEqual([
      { status: 'loading' },
      { status: 'stepping-up' },
    ]);

    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: TWO_FACTOR,
      originalUri: '/messages',
    });
  });

  describe('after the round trip', () => {
    beforeEach(async () => {
      holdTokens(oktaAuth, { acr: 'urn:okta:loa:1fa:pwd', auth_time: NOW_MS / 1000 - 60 });
      await statesOf(TestBed.inject(MessagesService).open(), challenge);
      TestBed.inject(StepUpStore).arrive('/messages');
      holdTokens(oktaAuth, { acr: TWO_FACTOR, auth_time: NOW_MS / 1000 - 10 });
    });

    it('replays the request once and shows the messages', async () => {
      const afterReturn = await statesOf(reloaded().open(), messages);

      expect(afterReturn.at(-1)).toEqual({ status: 'loaded', messages: [{ id: 1, text: 'Hello, world!' }] });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('stops with an explanation when the API still refuses, instead of redirecting again', async () => {
      const afterReturn = await statesOf(reloaded().open(), challenge);

      expect(afterReturn.at(-1)).toEqual({
        status: 'stopped',
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
        stop: expect.objectContaining({ kind: 'stopped', reason: 'still-refused' }),
      });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('redirects again when the visitor chooses to try again after a stop', async () => {
      const app = reloaded();
      const [, stopped] = await statesOf(app.open(), challenge);
      const { stop } = stopped as { stop: StepUpStop };

      await expect(lastValueFrom(app.stepUpAgain(stop))).resolves.toEqual({ status: 'stepping-up' });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(2);
    });
  });

  it('says the session ended for a 401 without a step-up challenge, without redirecting', async () => {
    const states = await statesOf(TestBed.inject(MessagesService).open(), (url) =>
      backend.expectOne(url).flush(null, {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'WWW-Authenticate': 'Bearer realm="api"' },
      }),
    );

    expect(states.at(-1)).toEqual({ status: 'signed-out' });
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('explains when the redirect cannot start', async () => {
    oktaAuth.signInWithRedirect.mockRejectedValue(new Error('storage is full'));

    const states = await statesOf(TestBed.inject(MessagesService).open(), challenge);

    expect(states.at(-1)).toEqual({
      status: 'stopped',
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- asymmetric matchers return any
      stop: expect.objectContaining({ reason: 'redirect-failed' }),
    });
  });

  describe('posting a message', () => {
    const PHR_CHALLENGE =
      'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="phr"';

    async function postAnsweredWith(
      answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    ) {
      const outcome = lastValueFrom(TestBed.inject(MessagesService).post('Hello, passkey'));
      await new Promise((resolve) => setTimeout(resolve));
      const request = backend.expectOne({ method: 'POST', url: '/api/messages' });
      expect(request.request.body).toEqual({ text: 'Hello, passkey' });
      answer(request);
      return outcome;
    }

    const phrChallenge = (request: ReturnType<HttpTestingController['expectOne']>) =>
      request.flush(null, {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'WWW-Authenticate': PHR_CHALLENGE },
      });

    it('steps up to phr when the API challenges the post, keeping the text for the return', async () => {
      holdTokens(oktaAuth, { sub: '00u-alice', acr: TWO_FACTOR, auth_time: NOW_MS / 1000 - 60 });

      await expect(postAnsweredWith(phrChallenge)).resolves.toEqual({ kind: 'redirecting' });
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
        acrValues: 'phr',
        originalUri: '/messages',
      });
      expect(TestBed.inject(StepUpStore).current()?.action?.formState).toEqual({ text: 'Hello, passkey' });
    });

    it('hands the text back once after the round trip and sends the post again, once', async () => {
      holdTokens(oktaAuth, { sub: '00u-alice', acr: TWO_FACTOR, auth_time: NOW_MS / 1000 - 60 });
      await postAnsweredWith(phrChallenge);
      TestBed.inject(StepUpStore).arrive('/messages');
      holdTokens(oktaAuth, { sub: '00u-alice', acr: 'phr', auth_time: NOW_MS / 1000 - 5 });
      const app = reloaded();

      const resumed = app.resumePost();
      const outcome = lastValueFrom(resumed!.outcome);
      const replay = backend.expectOne({ method: 'POST', url: '/api/messages' });
      replay.flush({ id: 7, text: 'Hello, passkey' }, { status: 201, statusText: 'Created' });

      expect(resumed?.text).toBe('Hello, passkey');
      expect(replay.request.body).toEqual({ text: 'Hello, passkey' });
      await expect(outcome).resolves.toMatchObject({ kind: 'done', response: { status: 201 } });
      expect(app.resumePost()).toBeNull();
      expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
    });

    it('does not hand the text to another account that came back', async () => {
      holdTokens(oktaAuth, { sub: '00u-alice', acr: TWO_FACTOR, auth_time: NOW_MS / 1000 - 60 });
      await postAnsweredWith(phrChallenge);
      TestBed.inject(StepUpStore).arrive('/messages');
      holdTokens(oktaAuth, { sub: '00u-bob', acr: 'phr', auth_time: NOW_MS / 1000 - 5 });

      const resumed = reloaded().resumePost();

      expect(resumed?.text).toBeNull();
      await expect(lastValueFrom(resumed!.outcome)).resolves.toMatchObject({
        kind: 'stopped',
        reason: 'account-changed',
      });
    });
  });
});
