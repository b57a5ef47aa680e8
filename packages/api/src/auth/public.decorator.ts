import { Reflector } from '@nestjs/core';

/**
 * Marks a controller or handler as reachable without an access token (e.g. the health check), exempt
 * from the global {@link AccessTokenGuard}.
 */
export const Public = Reflector.createDecorator<void, true>({ transform: () => true });
