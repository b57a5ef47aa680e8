// Dev-server proxy: the SPA calls the API on its own origin (`/api/...`), so the browser sends no
// cross-origin requests and the API needs no CORS for local development.
const apiPort = process.env.API_PORT ?? '3000';

if (!/^\d{1,5}$/.test(apiPort) || Number(apiPort) < 1 || Number(apiPort) > 65535) {
  throw new Error(`API_PORT must be a TCP port number between 1 and 65535, got "${apiPort}".`);
}

export default {
  '/api': {
    target: `http://localhost:${apiPort}`,
    changeOrigin: false,
    secure: false,
  },
};
