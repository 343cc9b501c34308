// API Gateway (payload 2.0) handler: GET /orders/{id}, POST /orders.
import { getOrder, saveOrder } from './db';
import { total, CURRENCY } from './pricing';
import { retry } from './retry';
import { audit } from './audit';
import { v4 as uuid } from './ids';

const json = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function handler(event) {
  const method = event.requestContext.http.method;
  if (method === 'GET') {
    const order = await retry(() => getOrder(event.pathParameters.id), { attempts: 3, delayMs: 50 });
    audit('get', { id: event.pathParameters.id, found: !!order });
    return order ? json(200, { ...order, currency: CURRENCY }) : json(404, { message: 'not found' });
  }
  if (method === 'POST') {
    const body = JSON.parse(event.body);
    const order = { id: uuid(), items: body.items, total: total(body.items, body.country) };
    await saveOrder(order);
    audit('post', { id: order.id });
    return json(201, order);
  }
  return json(405, { message: `${method} not allowed` });
}
