import type { ParamDecoratorEnhancer } from '@nestjs/common';

/**
 * An enhancer for `createParamDecorator` that applies `decorator` to the handler whose parameter is
 * decorated, so that what the parameter needs (an interceptor, a mark the guards read) comes with it
 * and the two never come apart.
 */
export function decorateHandler(decorator: MethodDecorator): ParamDecoratorEnhancer {
  return (target, key) => {
    const descriptor = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (key !== undefined && descriptor !== undefined) {
      decorator(target, key, descriptor);
    }
  };
}
