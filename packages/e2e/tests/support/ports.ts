// The browser tests run their own copy of the three services on ports of their own, so they never
// collide with a `npm start` left running on 3001/3000/4200. E2E_IDP_PORT, E2E_API_PORT and
// E2E_SPA_PORT move them (say, to run two suites side by side).
function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number`);
  }
  return value;
}

export const e2ePorts = {
  idp: port('E2E_IDP_PORT', 3101),
  api: port('E2E_API_PORT', 3100),
  spa: port('E2E_SPA_PORT', 4300),
} as const;

export const spaOrigin = `http://localhost:${e2ePorts.spa}`;
export const idpOrigin = `http://localhost:${e2ePorts.idp}`;
export const issuer = `${idpOrigin}/oauth2/default`;
export const apiOrigin = `http://localhost:${e2ePorts.api}`;
