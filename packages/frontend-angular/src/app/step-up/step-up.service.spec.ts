import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { CLOCK } from '../clock';
import { FakeOktaAuth, fakeOktaAuth, memoryStorage, provideFakeOkta } from '../../testing/fake-okta';
import { STEP_UP_ATTEMPT_TTL_MS } from './step-up-plan';
import { STEP_UP_STORAGE, StepUpAttemptStore } from './step-up-attempt.store';
import { StepUpService } from './step-up.service';

@Component({ template: '' })
class PageStubComponent {}

const TWO_FACTOR = { acrValues: ['urn:okta:loa:2fa:any'] };

describe('StepUpService', () => {
  let oktaAuth: FakeOktaAuth;
  let now: number;
  let service: StepUpService;
  let attempts: StepUpAttemptStore;

  beforeEach(async () => {
    oktaAuth = fakeOktaAuth();
    now = 1_764_410_400_000;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'messages', component: PageStubComponent },
          { path: 'transactions', component: PageStubComponent },
        ]),
        provideFakeOkta(oktaAuth),
        { provide: STEP_UP_STORAGE, useValue: memoryStorage() },
        { provide: CLOCK, useValue: () => now },
      ],
    });
    service = TestBed.inject(StepUpService);
    attempts = TestBed.inject(StepUpAttemptStore);
    await TestBed.inject(Router).navigateByUrl('/messages');
  });

  it('saves the current page and redirects for the required acr on the first challenge', async () => {
    await expect(service.stepUp({ acrValues: ['urn:okta:loa:2fa:any'], maxAge: 600 })).resolves.toEqual({
      kind: 'redirecting',
    });

    expect(oktaAuth.setOriginalUri).toHaveBeenCalledWith('/messages');
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledWith({
      acrValues: 'urn:okta:loa:2fa:any',
      maxAge: 600,
    });
    expect(attempts.read()).toEqual({ url: '/messages', startedAt: now });
  });

  it('stops instead of redirecting again when the page is still refused after the round trip', async () => {
    await service.stepUp(TWO_FACTOR);
    now += 30_000;

    await expect(service.stepUp(TWO_FACTOR)).resolves.toEqual({
      kind: 'stopped',
      reason: 'already-attempted',
    });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(1);
  });

  it('redirects again after a success on the page cleared the attempt', async () => {
    await service.stepUp(TWO_FACTOR);
    service.satisfied();

    await expect(service.stepUp(TWO_FACTOR)).resolves.toEqual({ kind: 'redirecting' });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(2);
  });

  it('keeps the attempt when a different page succeeds', async () => {
    await service.stepUp(TWO_FACTOR);
    await TestBed.inject(Router).navigateByUrl('/transactions');
    service.satisfied();

    expect(attempts.read()?.url).toBe('/messages');
  });

  it('redirects again once the attempt is older than its time to live', async () => {
    await service.stepUp(TWO_FACTOR);
    now += STEP_UP_ATTEMPT_TTL_MS;

    await expect(service.stepUp(TWO_FACTOR)).resolves.toEqual({ kind: 'redirecting' });
  });

  it('makes one more round trip when the visitor asks to retry after a stop', async () => {
    await service.stepUp(TWO_FACTOR);
    await service.stepUp(TWO_FACTOR);

    await expect(service.retry(TWO_FACTOR)).resolves.toEqual({ kind: 'redirecting' });
    expect(oktaAuth.signInWithRedirect).toHaveBeenCalledTimes(2);
  });

  it('forgets the attempt when the redirect cannot start, so a retry is not mistaken for a loop', async () => {
    oktaAuth.signInWithRedirect.mockRejectedValueOnce(new Error('Failed to fetch'));

    await expect(service.stepUp(TWO_FACTOR)).rejects.toThrow('Failed to fetch');
    expect(attempts.read()).toBeNull();
    await expect(service.stepUp(TWO_FACTOR)).resolves.toEqual({ kind: 'redirecting' });
  });

  it('does not redirect for a challenge that names no requirement', async () => {
    await expect(service.stepUp({ acrValues: [] })).resolves.toEqual({
      kind: 'stopped',
      reason: 'nothing-requested',
    });
    expect(oktaAuth.signInWithRedirect).not.toHaveBeenCalled();
  });
});
