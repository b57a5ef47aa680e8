import { decorateHandler } from './decorate-handler';

describe('decorateHandler', () => {
  const recordingDecorator = () => {
    const calls: unknown[][] = [];
    const decorator: MethodDecorator = (...args: unknown[]) => {
      calls.push(args);
    };
    return { calls, decorator };
  };

  it('applies the decorator to the method whose parameter is decorated', () => {
    const { calls, decorator } = recordingDecorator();
    class Orders {
      create(key: string): string {
        return key;
      }
    }

    decorateHandler(decorator)(Orders.prototype, 'create', 0);

    expect(calls).toEqual([
      [Orders.prototype, 'create', Object.getOwnPropertyDescriptor(Orders.prototype, 'create')],
    ]);
  });

  it('leaves a constructor parameter alone, having no handler to decorate', () => {
    const { calls, decorator } = recordingDecorator();
    class Orders {}

    decorateHandler(decorator)(Orders, undefined, 0);

    expect(calls).toEqual([]);
  });
});
