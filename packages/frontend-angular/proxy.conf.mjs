// Dev-server proxy: the SPA calls the API on its own origin (`/api/...`), so the browser sends no
// cross-origin requests and the API needs no CORS for local development.
const apiPort = process.env.API_PORT ?? '3000';

if (!/^\d{1,5}$/.test(apiPort) || Number(apiPort) < 1 || Number(apiPort) > 65535) {
  throw new Error(`API_PORT must be a TCP port number between 1 and 65535, got "${apiPort}".`);
}

// `npm start` serves the runtime configuration (issuer, client id) from the environment and names its
// origin here; without it, `ng serve` falls back to a `public/config.json` of your own.
const runtimeConfigOrigin = process.env.SPA_RUNTIME_CONFIG_ORIGIN;

export default {
  ...(runtimeConfigOrigin
    ? { '/config.json': { target: runtimeConfigOrigin, changeOrigin: true, secure: false } }
    : {}),
  '/api': {
    target: `http://localhost:${apiPort}`,
    changeOrigin: false,
    secure: false,
  },
};
