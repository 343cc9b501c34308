// What the runtime keeps between sends (the middleware order per stack shape, endpoint parameters, the fetch path of
// the SDK's handler: docs/warm-sdk.md) must never show: every send here changes something the kept result depends on,
// a middleware added, removed or replaced on the client or the command after earlier sends, a plugin, a relative
// middleware, a region provider answering differently, a changed endpoint, another bucket, and prints which
// middleware ran in which order, what each saw of the request, and the request the handler got. No network: the
// request handler answers itself. SendCachesTest runs this under Node.js and under llrt and compares the output.
import { DynamoDBClient, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { HttpResponse } from "@smithy/core/protocols";
import { Readable } from "node:stream";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const log = [];
const SEEN_HEADERS = ["authorization", "x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request", "content-length", "x-amz-content-sha256"];

// the request as a middleware sees it: which of the headers set along the stack are there yet
function seen(args) {
  const request = args.request;
  if (!request) return "no request";
  const headers = Object.keys(request.headers).map((h) => h.toLowerCase());
  return `${request.hostname}${request.path} [${SEEN_HEADERS.filter((h) => headers.includes(h)).join(",")}]`;
}

function mw(name) {
  return (next) => async (args) => {
    log.push(`${name}: ${seen(args)}`);
    return next(args);
  };
}

const bodies = { "application/x-amz-json-1.0": '{"Item":{"id":{"S":"a"},"n":{"N":"1"}}}' };
const handler = {
  async handle(request) {
    const headers = Object.keys(request.headers).map((h) => h.toLowerCase()).sort();
    const type = request.headers["content-type"];
    log.push(`sent ${request.method} ${request.protocol}//${request.hostname}${request.port ? ":" + request.port : ""}${request.path}` +
      `${request.query && Object.keys(request.query).length ? "?" + JSON.stringify(request.query) : ""} ${headers.join(",")}` +
      ` target=${request.headers["x-amz-target"] ?? "-"}`);
    const bytes = new TextEncoder().encode(bodies[type] ?? "");
    // S3 GetObject streams its body: a Node stream, as the SDK's Node handler gives
    const body = request.method === "GET" ? Readable.from([bytes]) : bytes;
    return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": type ?? "application/xml", etag: '"e"' }, body }) };
  },
  updateHttpClientConfig() {},
  httpHandlerConfigs() {
    return {};
  },
};

async function step(title, send) {
  log.length = 0;
  let outcome;
  try {
    const result = await send();
    outcome = "ok" + (result?.Item ? " " + JSON.stringify(result.Item) : "") + (result?.ETag ? " " + result.ETag : "");
  } catch (e) {
    outcome = `error ${e.name}: ${e.message}`;
  }
  console.log(`# ${title}: ${outcome}`);
  for (const line of log) console.log("  " + line);
}

const put = (id) => new PutItemCommand({ TableName: "t", Item: { id: { S: id } } });

// the client's stack, changed between sends
const ddb = new DynamoDBClient({ region: "us-east-1", credentials, requestHandler: handler });
ddb.middlewareStack.add(mw("A init high"), { step: "initialize", priority: "high", name: "A" });
ddb.middlewareStack.add(mw("B serialize low"), { step: "serialize", priority: "low", name: "B", tags: ["t1"] });
ddb.middlewareStack.add(mw("C build"), { step: "build", name: "C" });
ddb.middlewareStack.addRelativeTo(mw("D before serializer"), { relation: "before", toMiddleware: "serializerMiddleware", name: "D" });
ddb.middlewareStack.add(mw("E finalize low"), { step: "finalizeRequest", priority: "low", name: "E", aliases: ["E2"] });
await step("first send", () => ddb.send(put("1")));
await step("second send, same stack", () => ddb.send(put("2")));
ddb.middlewareStack.add(mw("F init high, added after two sends"), { step: "initialize", priority: "high", name: "F" });
await step("F added to the client", () => ddb.send(put("3")));
ddb.middlewareStack.remove("B");
await step("B removed", () => ddb.send(put("4")));
ddb.middlewareStack.addRelativeTo(mw("G after A"), { relation: "after", toMiddleware: "A", name: "G" });
await step("G relative to A", () => ddb.send(put("5")));
ddb.middlewareStack.use({
  applyToStack(stack) {
    stack.add(mw("H plugin deserialize"), { step: "deserialize", name: "H" });
    stack.addRelativeTo(mw("I plugin before E"), { relation: "before", toMiddleware: "E2", name: "I" });
  },
});
await step("plugin used", () => ddb.send(put("6")));
ddb.middlewareStack.add(mw("A' replaces A"), { step: "initialize", priority: "high", name: "A", override: true });
await step("A overridden", () => ddb.send(put("7")));
ddb.middlewareStack.remove("E2");
await step("E removed by alias (I now points nowhere)", () => ddb.send(put("8")));
await step("the same error again", () => ddb.send(put("9")));
ddb.middlewareStack.remove("I");
await step("I removed", () => ddb.send(put("10")));
const once = put("11");
once.middlewareStack.add(mw("J on one command"), { step: "build", priority: "high", name: "J" });
once.middlewareStack.addRelativeTo(mw("K on one command, after C"), { relation: "after", toMiddleware: "C", name: "K" });
await step("command with its own middleware", () => ddb.send(once));
await step("next command without", () => ddb.send(put("12")));
await step("another command class", () => ddb.send(new GetItemCommand({ TableName: "t", Key: { id: { S: "a" } } })));
const dup = put("13");
dup.middlewareStack.add(mw("duplicate"), { step: "build", name: "C" });
await step("command middleware named like the client's", () => ddb.send(dup));
ddb.middlewareStack.removeByTag("t1");
ddb.middlewareStack.add(mw("L tagged"), { step: "build", priority: "low", name: "L", tags: ["t2"] });
await step("L added", () => ddb.send(put("14")));
ddb.middlewareStack.removeByTag("t2");
await step("L removed by tag", () => ddb.send(put("15")));

// lib-dynamodb's commands concatenate twice; a client middleware added between its sends
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "eu-west-1", credentials, requestHandler: handler }));
await step("document put", () => doc.send(new PutCommand({ TableName: "t", Item: { id: "a", n: 1 } })));
await step("document get", () => doc.send(new GetCommand({ TableName: "t", Key: { id: "a" } })));
doc.middlewareStack.add(mw("M on the document client"), { step: "serialize", priority: "high", name: "M" });
await step("document get after M", () => doc.send(new GetCommand({ TableName: "t", Key: { id: "a" } })));
await step("document put after M", () => doc.send(new PutCommand({ TableName: "t", Item: { id: "b" } })));

// endpoints: region providers that answer differently, custom endpoints, config changed after a send
const regions = ["us-west-2", "eu-central-1", "ap-south-1"];
let r = 0;
const moving = new DynamoDBClient({ region: async () => regions[r++ % regions.length], credentials, requestHandler: handler });
for (let i = 0; i < 3; i++) await step(`region provider, send ${i + 1}`, () => moving.send(put("r" + i)));
// the region from AWS_REGION (a memoized provider, as in Lambda), and an account ID endpoint mode of the user's
const fromEnv = new DynamoDBClient({ credentials, requestHandler: handler });
for (let i = 0; i < 2; i++) await step(`region from the environment, send ${i + 1}`, () => fromEnv.send(put("e" + i)));
const modes = ["disabled", "preferred", "bogus"];
let m = 0;
const moded = new DynamoDBClient({ region: "us-east-1", accountIdEndpointMode: async () => modes[m++], credentials, requestHandler: handler });
for (let i = 0; i < 3; i++) await step(`account ID endpoint mode provider, send ${i + 1}`, () => moded.send(put("m" + i)));
const custom = new DynamoDBClient({ region: "us-east-1", endpoint: "http://127.0.0.1:8000/base", credentials, requestHandler: handler });
await step("custom endpoint", () => custom.send(put("c1")));
custom.config.endpoint = async () => ({ protocol: "http:", hostname: "localhost", port: 9000, path: "/other" });
await step("custom endpoint changed on the config", () => custom.send(put("c2")));
const fips = new DynamoDBClient({ region: "us-east-2", useFipsEndpoint: true, credentials, requestHandler: handler });
await step("FIPS", () => fips.send(put("f1")));
fips.config.useFipsEndpoint = async () => false;
await step("FIPS turned off on the config", () => fips.send(put("f2")));
fips.config.region = async () => "sa-east-1";
await step("region changed on the config", () => fips.send(put("f3")));

const s3 = new S3Client({ region: "us-east-1", credentials, requestHandler: handler });
await step("S3 put, bucket one", () => s3.send(new PutObjectCommand({ Bucket: "bucket-one", Key: "k/1", Body: "x" })));
await step("S3 put, bucket two", () => s3.send(new PutObjectCommand({ Bucket: "bucket-two", Key: "k/2", Body: "y" })));
await step("S3 get, dotted bucket", () => s3.send(new GetObjectCommand({ Bucket: "a.dotted.bucket", Key: "k" })));
s3.config.forcePathStyle = true;
await step("S3 get, path style set on the config", () => s3.send(new GetObjectCommand({ Bucket: "bucket-one", Key: "k" })));
const local = new S3Client({ region: "eu-west-1", endpoint: "http://127.0.0.1:9090", forcePathStyle: true, credentials, requestHandler: handler });
await step("S3 custom endpoint", () => local.send(new PutObjectCommand({ Bucket: "b", Key: "k", Body: "z" })));
await step("S3 custom endpoint, again", () => local.send(new GetObjectCommand({ Bucket: "b", Key: "k2" })));
