import { inject, LOCALE_ID, Pipe, PipeTransform } from '@angular/core';

/** How much of the time of day to show, as Intl's `timeStyle` names it: 'medium' "8:05:09 PM", 'short' "8:05 PM". */
export type TimeDetail = 'medium' | 'short';

/**
 * A moment as a person reads it in `locale`, in the browser's time zone unless `timeZone` says otherwise:
 * "Nov 30, 2026, 8:05:09 PM". A timestamp string that is not a date is shown as it came; an invalid Date as nothing.
 *
 * The browser's own `Intl.DateTimeFormat` does the work, so no date-formatting code or locale data ships with the app.
 */
export function formatDateTime(
  value: Date | string,
  locale: string,
  timeStyle: TimeDetail = 'medium',
  timeZone?: string,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    return typeof value === 'string' ? value : '';
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle, timeZone }).format(date);
}

/** `{{ at | dateTime }}` or `{{ at | dateTime: 'short' }}`: {@link formatDateTime} in the app's `LOCALE_ID`. */
@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  private readonly locale = inject(LOCALE_ID);

  transform(value: Date | string | null | undefined, timeStyle: TimeDetail = 'medium'): string {
    return value === null || value === undefined ? '' : formatDateTime(value, this.locale, timeStyle);
  }
}
