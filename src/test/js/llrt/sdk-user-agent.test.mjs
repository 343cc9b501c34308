// The embedded SDK's user agent headers: escapeUserAgent's results are kept per [name, version] pair by the SDK build
// (bundles/sdk/build.mjs); the headers must be what the SDK's own escaping gives, on every request, for every shape
// of pair (the same customUserAgent under Node gives these x-amz-user-agent values).
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

async function userAgents(config) {
  const client = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, ...config });
  const seen = [];
  client.middlewareStack.add(() => async (args) => {
    seen.push(args.request.headers['x-amz-user-agent']);
    throw new Error('stop here');
  }, { step: 'finalizeRequest', priority: 'low' });
  for (let i = 0; i < 3; i++) await client.send(new ListTablesCommand({})).catch(() => {});
  return seen;
}

describe('SDK user agent', () => {
  it('escapes custom pairs as the SDK does, the same on every request', async () => {
    const seen = await userAgents({ customUserAgent: [['my app', '1.0 beta'], ['x/y'], ['api/Ünï', 'v(2)'], ['p', undefined]] });
    expect(seen.length).toBe(3);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0].replace(/^aws-sdk-js\/[0-9.]+ /, '')).toBe('my-app/1.0-beta x/y api/-n-#v-2- p');
  });

  it('keeps apart pairs that differ only in where a string is cut', async () => {
    const [a] = await userAgents({ customUserAgent: [['a', 'b c']] });
    const [b] = await userAgents({ customUserAgent: [['a b', 'c']] });
    expect([a.replace(/^\S+ /, ''), b.replace(/^\S+ /, '')]).toEqual(['a/b-c', 'a-b/c']);
  });
});
