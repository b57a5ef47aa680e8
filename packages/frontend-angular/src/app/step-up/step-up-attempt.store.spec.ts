import { TestBed } from '@angular/core/testing';

import { memoryStorage } from '../../testing/fake-okta';
import { STEP_UP_STORAGE, StepUpAttemptStore } from './step-up-attempt.store';

describe('StepUpAttemptStore', () => {
  let storage: Storage;
  let store: StepUpAttemptStore;

  beforeEach(() => {
    storage = memoryStorage();
    TestBed.configureTestingModule({ providers: [{ provide: STEP_UP_STORAGE, useValue: storage }] });
    store = TestBed.inject(StepUpAttemptStore);
  });

  it('reads back what it wrote', () => {
    store.write({ url: '/messages', startedAt: 1000 });

    expect(store.read()).toEqual({ url: '/messages', startedAt: 1000 });
  });

  it('forgets the attempt when cleared', () => {
    store.write({ url: '/messages', startedAt: 1000 });
    store.clear();

    expect(store.read()).toBeNull();
  });

  it.each([
    { description: 'nothing stored', stored: null },
    { description: 'broken JSON', stored: '{"url":' },
    { description: 'a value of the wrong shape', stored: '{"url":42,"startedAt":"soon"}' },
    { description: 'a bare string', stored: '"/messages"' },
  ])('reads $description as no attempt', ({ stored }) => {
    if (stored !== null) {
      storage.setItem('step-up.attempt', stored);
    }

    expect(store.read()).toBeNull();
  });
});
