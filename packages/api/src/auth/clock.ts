import type { Clock as CoreClock } from 'step-up';

/**
 * The core's clock as a Nest provider token. An abstract class rather than an `InjectionToken`: Nest resolves a
 * class by the constructor parameter's type, so services ask for `private readonly clock: Clock` without
 * `@Inject(...)`, and the token and the type keep one name. It declares nothing beyond the core's interface, so
 * `systemClock` is the provider's value and any `{ now() }` (a test's `ManualClock`) stands in for it.
 */
export abstract class Clock implements CoreClock {
  abstract now(): number;
}
