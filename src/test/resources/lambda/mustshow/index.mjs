// The must-show handler: modern syntax that Rhino cannot parse as written, lowered by `llrt bundle`.
// Every answer is computed from the event, so a test can check each invocation for its own content.

class ValidationError extends Error {
  constructor(field, value) {
    super(`bad ${field}: ${value}`);
    this.name = 'ValidationError';
    this.field = field;
  }
}

class Tally {
  static of(...values) {
    const t = new Tally();
    t.add(...values); // a spread call
    return t;
  }

  constructor() {
    this.items = [];
  }

  add(...values) {
    for (const v of values) this.items.push(v);
    return this;
  }

  get total() {
    return this.items.reduce((a, b) => a + b, 0);
  }
}

function* countTo(n) {
  for (let i = 1; i <= n; i++) yield i;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// top-level await: the module finishes loading only after this settles
const config = await sleep(5).then(() => ({ greeting: 'hi', nested: { factor: 3 } }));

async function check(value, field) {
  await sleep(1);
  if (typeof value !== 'number') throw new ValidationError(field, value);
  return value;
}

export const handler = async (event, context) => {
  const { n, label, ...rest } = event;
  const value = await check(n, 'n');
  const squares = [];
  for (const k of countTo(value)) squares.push(k * k);
  const tally = Tally.of(...squares);
  let caught;
  try {
    await check(label, 'label');
  } catch (e) {
    caught = {
      isValidationError: e instanceof ValidationError,
      isError: e instanceof Error,
      name: e.name,
      message: e.message,
      field: e.field,
    };
  }
  const max = Math.max(...squares);
  return {
    n: value,
    label: `${config.greeting} ${label}`,
    restKeys: Object.keys(rest).sort(),
    sumOfSquares: tally.total,
    max,
    scaled: value * (config?.nested?.factor ?? 0),
    missing: event?.deep?.absent ?? 'none',
    caught,
    requestId: context.awsRequestId,
  };
};
