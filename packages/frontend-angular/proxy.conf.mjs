// Dev-server proxy: the SPA calls the API on its own origin (`/api/...`), so the browser sends no
// cross-origin requests and the API needs no CORS for local development. `npm start` has checked
// API_PORT already; `ng serve` on its own checks it by the same rule.
import { portProblem, settingProblem } from 'step-up';

const apiPort = process.env.API_PORT || '3000';
const problem = portProblem(apiPort);
if (problem !== undefined) {
  throw new Error(settingProblem('API_PORT', problem, apiPort));
}

// `npm start` serves the runtime configuration (issuer, client id, ...) from the environment and names
// its origin here; without it, `ng serve` falls back to a `public/config.json` of your own.
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
