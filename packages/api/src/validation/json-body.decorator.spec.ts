import type { Server } from 'node:http';
import { Controller, HttpCode, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { z } from 'zod';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { JsonBody } from './json-body.decorator';
import { plainText } from './plain-text';

const noteSchema = z.strictObject(
  { title: plainText({ minLength: 1, maxLength: 10 }) },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object' : undefined) },
);

const handled = jest.fn();

@Controller('notes')
class NotesController {
  @Post()
  @HttpCode(201)
  create(@JsonBody(noteSchema) note: z.output<typeof noteSchema>): { received: unknown } {
    handled(note);
    return { received: note };
  }
}

describe('@JsonBody(schema)', () => {
  let app: NestExpressApplication;
  let server: Server;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [NotesController] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    app.useGlobalFilters(new HttpErrorFilter());
    await app.init();
    server = app.getHttpServer();
  });

  afterAll(() => app.close());

  beforeEach(() => handled.mockClear());

  it("hands the handler the schema's output, not the raw body", async () => {
    const response = await request(server).post('/notes').send({ title: '  Groceries ' });

    expect(response.status).toBe(201);
    expect(handled).toHaveBeenCalledWith({ title: 'Groceries' });
  });

  it.each([
    {
      description: 'a missing field',
      body: {},
      expected: {
        error: 'invalid_request',
        error_description: 'The request body is invalid: title is required',
        errors: [{ field: 'title', message: 'is required' }],
      },
    },
    {
      description: 'a field too long and an unknown one',
      body: { title: 'x'.repeat(11), pinned: true },
      expected: {
        error: 'invalid_request',
        error_description:
          'The request body is invalid: title must be at most 10 characters long; pinned is not a field this request accepts',
        errors: [
          { field: 'title', message: 'must be at most 10 characters long' },
          { field: 'pinned', message: 'is not a field this request accepts' },
        ],
      },
    },
    {
      description: 'an array',
      body: [{ title: 'Groceries' }],
      expected: {
        error: 'invalid_request',
        error_description: 'The request body must be a JSON object',
        errors: [{ field: '', message: 'must be a JSON object' }],
      },
    },
  ])(
    'refuses $description with 400 field by field, never calling the handler',
    async ({ body, expected }) => {
      const response = await request(server).post('/notes').send(body);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(expected);
      expect(handled).not.toHaveBeenCalled();
    },
  );

  it('refuses a body of another media type with 415', async () => {
    const response = await request(server).post('/notes').set('Content-Type', 'text/plain').send('Groceries');

    expect(response.status).toBe(415);
    expect(response.body).toEqual({
      error: 'unsupported_media_type',
      error_description: 'The request body must be JSON, sent with Content-Type: application/json',
    });
    expect(handled).not.toHaveBeenCalled();
  });
});
