import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { lastValueFrom, Observable, toArray } from 'rxjs';

import { CLOCK } from '../clock';
import { STEP_UP_STORAGE } from '../step-up/step-up-attempt.store';
import { stepupInterceptor } from '../stepup.interceptor';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta } from '../../testing/fake-okta';
import { MessagesState } from './messages-state';
import { MessagesService } from './messages.service';

@Component({ template: '' })
class PageStubComponent {}

const CHALLENGE =
  'Bearer realm="api", error="insufficient_user_authentication", error_description="A different authentication level is required", acr_values="urn:okta:loa:2fa:any"';

describe('MessagesService', () => {
  let oktaAuth: FakeOktaAuth;
  let backend: HttpTestingController;
  let service: MessagesService;

  beforeEach(async () => {
    oktaAuth = fakeOktaAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'messages', component: PageStubComponent }]),
        provideHttpClient(withInterceptors([stepupInterceptor])),
        provideHttpClientTesting(),
        provideFakeOkta(oktaAuth),
        { provide: STEP_UP_STORAGE, useValue: memoryStorage() },
        { provide: CLOCK, useValue: () => 1_764_410_400_000 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    service = TestBed.inject(MessagesService);
    await TestBed.inject(Router).navigateByUrl('/messages');
  });

  afterEach(() => backend.verify());

  /** Runs one page load against a backend answering with `answer`, returning every state shown. */
  async function statesOf(
    load: Observable<MessagesState>,
    answer: (url: string) => void,
  ): Promise<MessagesState[]> {
    const states = lastValueFrom(load.pipe(toArray()));
    answer('/api/messages');
    return states;
  }

  const challenge = (url: string) =>
    backend
      .expectOne(url)
      .flush(null, { status: 401, statusText: 'Unauthorized', headers: { 'WWW-Authenticate': CHALLENGE } });
  const messages = (url: string) => backend.expectOne(url).flush([{ id: 1, text: 'Hello, world!' }]);

  it('shows the messages the API returns', async () => {
    await expect(statesOf(service.load(), messages)).resolves.toEqual([
      { status: 'loading' },
      { status: 'loaded', messages: [{ id: 1, text: 'Hello, world!' }] },
    ]);
  });

  it('steps up once: saves the page and redirects asking for the acr from the challenge', async () => {
    await expect(statesOf(service.load(), challenge)).resolves.toEqual([
      { status: 'loading' },
      { status: 'stepping-up' },
    ]);

    expect(oktaAuth.setOriginalUri).toHaveBeenCalledWith('/messages');
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({ acrValues: 'urn:okta:loa:2fa:any' });
  });

  it('shows the messages after coming back from the step-up', async () => {
    await statesOf(service.load(), challenge);

    const afterReturn = await statesOf(service.load(), messages);

    expect(afterReturn.at(-1)).toEqual({ status: 'loaded', messages: [{ id: 1, text: 'Hello, world!' }] });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
  });

  it('stops with an explanation when the API still refuses after the round trip', async () => {
    await statesOf(service.load(), challenge);

    const afterReturn = await statesOf(service.load(), challenge);

    expect(afterReturn.at(-1)).toEqual({
      status: 'step-up-stopped',
      reason: 'already-attempted',
      demand: expect.objectContaining({ acrValues: ['urn:okta:loa:2fa:any'] }),
    });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
  });

  it('redirects again when the visitor chooses to sign in again after a stop', async () => {
    await statesOf(service.load(), challenge);
    await statesOf(service.load(), challenge);

    await expect(
      lastValueFrom(service.retryStepUp({ acrValues: ['urn:okta:loa:2fa:any'] })),
    ).resolves.toEqual({
      status: 'stepping-up',
    });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(2);
  });

  it('challenges afresh after a success, so a later requirement redirects again', async () => {
    await statesOf(service.load(), challenge);
    await statesOf(service.load(), messages);

    const later = await statesOf(service.load(), challenge);

    expect(later.at(-1)).toEqual({ status: 'stepping-up' });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(2);
  });

  it('says the session ended for a 401 without a step-up challenge, without redirecting', async () => {
    const states = await statesOf(service.load(), (url) =>
      backend.expectOne(url).flush(null, {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'WWW-Authenticate': 'Bearer realm="api"' },
      }),
    );

    expect(states.at(-1)).toEqual({ status: 'signed-out' });
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });

  it('reports a failure when the redirect cannot start', async () => {
    oktaAuth.signInWithRedirect.mockRejectedValue(new Error('storage is full'));

    const states = await statesOf(service.load(), challenge);

    expect(states.at(-1)).toEqual({
      status: 'failed',
      message:
        "The app couldn't start the stronger sign-in. The identity provider may be unreachable; try again in a moment.",
    });
  });
});
