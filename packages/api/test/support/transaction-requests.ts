import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import request from 'supertest';

export interface TransactionBody {
  amount?: unknown;
  currency?: unknown;
  payee?: unknown;
  memo?: unknown;
  [field: string]: unknown;
}

export const SMALL: TransactionBody = { amount: '25.00', currency: 'USD', payee: 'Corner Bakery' };
export const LARGE: TransactionBody = {
  amount: '2500.00',
  currency: 'USD',
  payee: 'Acme Rentals',
  memo: 'Deposit',
};

/** `POST /api/transactions` with a bearer token, a JSON body and an Idempotency-Key (a new one unless given). */
export function postTransaction(
  server: Server,
  token: string,
  body: TransactionBody,
  key: string = randomUUID(),
) {
  return request(server)
    .post('/api/transactions')
    .set('Authorization', `Bearer ${token}`)
    .set('Idempotency-Key', key)
    .send(body);
}

export function getTransactions(server: Server, token: string, path = '') {
  return request(server).get(`/api/transactions${path}`).set('Authorization', `Bearer ${token}`);
}
