import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `serve` the keys, `fail` with HTTP 500, or `hang` without ever answering. */
export type JwksBehaviour = 'serve' | 'fail' | 'hang';

/**
 * A stand-in authorization server on 127.0.0.1 and an ephemeral port: its JWKS at
 * `{issuer}/v1/keys` (Okta's path) and its discovery document.
 */
export class JwksServer {
  keys: object[] = [];
  behaviour: JwksBehaviour = 'serve';
  /** How many times the key set was requested. */
  keyRequests = 0;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async start(keys: object[] = []): Promise<JwksServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const instance = new JwksServer(server, `http://127.0.0.1:${port}/oauth2/default`);
    instance.keys = keys;
    // Nobody knows the ephemeral port before this returns, so no request can arrive unanswered.
    server.on('request', (request, response) => instance.handle(request, response));
    return instance;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', this.issuer).pathname;
    if (path === '/oauth2/default/v1/keys') {
      this.keyRequests++;
      if (this.behaviour === 'hang') {
        return;
      }
      if (this.behaviour === 'fail') {
        response.writeHead(500).end();
        return;
      }
      this.json(response, { keys: this.keys });
    } else if (path === '/oauth2/default/.well-known/openid-configuration') {
      this.json(response, { issuer: this.issuer, jwks_uri: `${this.issuer}/v1/keys` });
    } else {
      response.writeHead(404).end();
    }
  }

  private json(response: ServerResponse, body: object): void {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}
