// The built API as dist/main.js starts it, plus one route for the benchmarks: GET /api/bench/authenticated,
// a trivial handler behind the global access token guard. Comparing it with the public GET /api/health
// isolates what authentication costs per request. Reads the same environment as the API.
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('../dist/app.module.js');
const { configureApp } = require('../dist/app.setup.js');

class AuthenticatedTrivialController {
  read() {
    return { status: 'ok' };
  }
}
Controller('bench')(AuthenticatedTrivialController);
Get('authenticated')(
  AuthenticatedTrivialController.prototype,
  'read',
  Object.getOwnPropertyDescriptor(AuthenticatedTrivialController.prototype, 'read'),
);

class BenchModule {}
Module({ imports: [AppModule], controllers: [AuthenticatedTrivialController] })(BenchModule);

NestFactory.create(BenchModule, { logger: ['error', 'fatal'] })
  .then((app) => configureApp(app).listen(Number(process.env.API_PORT)))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
