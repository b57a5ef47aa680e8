import type { Server } from 'node:http';
import { Controller, HttpCode, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { z } from 'zod';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { JsonBody } from '../validation/json-body.decorator';
import { IdempotencyKey } from './idempotency-key.decorator';

const orderSchema = z.strictObject({ item: z.string({ error: 'is required' }) });

/** The same route twice, with its parameters in either order: the key is judged first all the same. */
@Controller('orders')
class OrdersController {
  @Post('key-first')
  @HttpCode(201)
  keyFirst(@IdempotencyKey() key: string, @JsonBody(orderSchema) order: { item: string }): object {
    return { key, order };
  }

  @Post('body-first')
  @HttpCode(201)
  bodyFirst(@JsonBody(orderSchema) order: { item: string }, @IdempotencyKey() key: string): object {
    return { key, order };
  }
}

describe('@IdempotencyKey()', () => {
  let app: NestExpressApplication;
  let server: Server;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [OrdersController] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    app.useGlobalFilters(new HttpErrorFilter());
    await app.init();
    server = app.getHttpServer();
  });

  afterAll(() => app.close());

  it.each(['key-first', 'body-first'])('hands the handler the key (%s)', async (route) => {
    const response = await request(server)
      .post(`/orders/${route}`)
      .set('Idempotency-Key', 'order-42')
      .send({ item: 'tea' });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({ key: 'order-42', order: { item: 'tea' } });
  });

  it.each(['key-first', 'body-first'])(
    'refuses a missing key before judging a bad body (%s)',
    async (route) => {
      const response = await request(server).post(`/orders/${route}`).send({ items: 3 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'invalid_request',
        error_description:
          'The Idempotency-Key header is required: send a new unique value (e.g. a UUID) with each new request',
      });
    },
  );

  it('refuses a malformed key with 400', async () => {
    const response = await request(server)
      .post('/orders/body-first')
      .set('Idempotency-Key', 'order 42')
      .send({ item: 'tea' });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description:
        'The Idempotency-Key header must be 1 to 255 visible ASCII characters, without spaces',
    });
  });

  it('judges the body once the key is good', async () => {
    const response = await request(server)
      .post('/orders/body-first')
      .set('Idempotency-Key', 'order-42')
      .send({});

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: [{ field: 'item', message: 'is required' }] });
  });
});
