// Libraries that write code at run time and compile it with `new Function`: zod 4 in its default mode (an object
// schema's parser is generated on its first parse, with a `const` per key in sibling blocks: Rhino refused it as a
// redeclaration) and ajv (every schema compiled into a validator). Bundled with `llrt bundle`; what they generate
// reaches Rhino unlowered, in Lambda, where there is no Node.js to lower it (CodeGeneratingLibrariesTest).
import { z } from 'zod';
import * as core from 'zod/v4/core';
import Ajv from 'ajv';

const Address = z.object({ street: z.string().min(1), zip: z.string().regex(/^\d{5}$/), country: z.string().default('US') });
const User = z.object({
  name: z.string().min(1),
  age: z.number().int().nonnegative(),
  tags: z.array(z.string()).max(3),
  nickname: z.string().optional(),
  role: z.enum(['admin', 'user']).default('user'),
  address: Address,
  contacts: z.array(z.object({ kind: z.enum(['email', 'phone']), value: z.string() })).optional(),
});

const ajv = new Ajv({ allErrors: true });
const validateOrder = ajv.compile({
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^ord-[0-9]+$' },
    quantity: { type: 'integer', minimum: 1, maximum: 100 },
    items: { type: 'array', minItems: 1, items: { type: 'object', properties: { sku: { type: 'string' }, price: { type: 'number', exclusiveMinimum: 0 } }, required: ['sku', 'price'], additionalProperties: false } },
    status: { enum: ['new', 'paid', 'shipped'] },
    note: { type: ['string', 'null'], maxLength: 20 },
  },
  required: ['id', 'quantity', 'items'],
  additionalProperties: false,
});

const issue = i => ({ path: i.path, code: i.code, message: i.message });
const error = e => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params, message: e.message });

export const handler = async event => {
  const parsed = User.safeParse(event.user);
  const valid = validateOrder(event.order);
  return {
    // zod takes its generated path only where `new Function` works and jitless is off, as on Node
    zodJit: core.util.allowsEval.value && !core.globalConfig.jitless,
    zod: parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parsed.error.issues.map(issue) },
    ajv: { valid, errors: (validateOrder.errors || []).map(error) },
  };
};
