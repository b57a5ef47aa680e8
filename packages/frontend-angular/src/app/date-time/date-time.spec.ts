import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { DateTimePipe, formatDateTime } from './date-time';

/** Intl separates the time from "PM" with a narrow no-break space; the tests read it as a plain one. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

const MOMENT = new Date(Date.UTC(2026, 10, 30, 20, 5, 9));

describe('formatDateTime', () => {
  it('shows the date and the time to the second', () => {
    expect(plain(formatDateTime(MOMENT, 'en-US', 'medium', 'UTC'))).toBe('Nov 30, 2026, 8:05:09 PM');
  });

  it('shows the time to the minute when asked for short', () => {
    expect(plain(formatDateTime(MOMENT, 'en-US', 'short', 'UTC'))).toBe('Nov 30, 2026, 8:05 PM');
  });

  it('reads an ISO timestamp as the API writes it', () => {
    expect(plain(formatDateTime('2026-11-30T20:05:09.000Z', 'en-US', 'short', 'UTC'))).toBe(
      'Nov 30, 2026, 8:05 PM',
    );
  });

  it('writes the moment in the locale it is given', () => {
    expect(plain(formatDateTime(MOMENT, 'en-GB', 'medium', 'UTC'))).toBe('30 Nov 2026, 20:05:09');
  });

  it('uses the time zone it is given', () => {
    expect(plain(formatDateTime(MOMENT, 'en-US', 'short', 'Asia/Tokyo'))).toBe('Dec 1, 2026, 5:05 AM');
  });

  it('shows a timestamp that is not a date as it came, and an invalid Date as nothing', () => {
    expect(formatDateTime('yesterday-ish', 'en-US')).toBe('yesterday-ish');
    expect(formatDateTime(new Date(Number.NaN), 'en-US')).toBe('');
  });
});

describe('DateTimePipe', () => {
  const pipeIn = (locale: string): DateTimePipe => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: locale }] });
    return TestBed.runInInjectionContext(() => new DateTimePipe());
  };

  it("formats in the app's LOCALE_ID, to the second unless asked for short", () => {
    const pipe = pipeIn('en-US');
    expect(plain(pipe.transform(MOMENT))).toBe(plain(formatDateTime(MOMENT, 'en-US')));
    expect(plain(pipe.transform(MOMENT, 'short'))).toBe(plain(formatDateTime(MOMENT, 'en-US', 'short')));
  });

  it('follows LOCALE_ID', () => {
    expect(pipeIn('en-GB').transform(MOMENT)).toBe(formatDateTime(MOMENT, 'en-GB'));
  });

  it('shows nothing for no value', () => {
    const pipe = pipeIn('en-US');
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
  });
});
