/** The demo accounts the embedded provider seeds on its first start. */
export const alice = { email: 'alice@example.com', password: 'wonderland', name: 'Alice Liddell' } as const;
export const bob = { email: 'bob@example.com', password: 'builder', name: 'Bob Builder' } as const;

export type DemoAccount = typeof alice | typeof bob;
