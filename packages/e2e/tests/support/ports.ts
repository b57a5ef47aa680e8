// The browser tests run their own copy of the three services on ports of their own,
// so they never collide with a `npm start` left running on 3001/3000/4200.
export const e2ePorts = { idp: 3101, api: 3100, spa: 4300 } as const;

export const spaOrigin = `http://localhost:${e2ePorts.spa}`;
export const idpOrigin = `http://localhost:${e2ePorts.idp}`;
export const issuer = `${idpOrigin}/oauth2/default`;
export const apiOrigin = `http://localhost:${e2ePorts.api}`;
