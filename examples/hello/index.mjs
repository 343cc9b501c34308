// A Node-style Lambda handler. `./llrt invoke examples/hello` runs it through the bundled emulator;
// `./llrt bundle examples/hello/index.mjs -o dist` produces what a deployment ships.
const startedAt = new Date().toISOString();

class Greeter {
  #greeting;

  constructor(greeting) {
    this.#greeting = greeting;
  }

  get greeting() {
    return this.#greeting;
  }

  greet(name = 'world') {
    return `${this.greeting}, ${name}!`;
  }
}

const greeter = new Greeter('Hello');

export const handler = async (event, context) => {
  const { name, ...rest } = event ?? {};
  return {
    statusCode: 200,
    body: JSON.stringify({
      message: greeter.greet(name),
      extraKeys: Object.keys(rest),
      requestId: context.awsRequestId,
      remainingMs: context.getRemainingTimeInMillis() > 0,
      initializedAt: startedAt,
    }),
  };
};
