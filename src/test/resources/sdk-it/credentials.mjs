// Credential sources of the embedded SDK as a Lambda (or ECS/EKS) function meets them: the environment, the shared
// config files, the container endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN), and
// fromNodeProviderChain picking the right one; then a real signed call with the container's session credentials
// (DynamoDB Local, AWS_ENDPOINT_URL_DYNAMODB). Prints a JSON summary as its last line; exits non-zero on a failure.
import assert from "node:assert";
import { fromEnv, fromIni, fromHttp, fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";

const done = [];
const expect = JSON.parse(process.env.SDK_IT_EXPECT);

// the shared files (AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE point at files the test wrote)
const ini = await fromIni({ profile: "dev" })();
assert.strictEqual(ini.accessKeyId, expect.ini.accessKeyId);
assert.strictEqual(ini.secretAccessKey, expect.ini.secretAccessKey);
done.push("fromIni");
const assumedFromConfig = await fromIni({ profile: "from-config" })();
assert.strictEqual(assumedFromConfig.accessKeyId, expect.config.accessKeyId);
done.push("fromIni(config file)");

// the container endpoint: a full URI on loopback and its authorization token
const http = await fromHttp({})();
assert.strictEqual(http.accessKeyId, expect.container.accessKeyId);
assert.strictEqual(http.sessionToken, expect.container.token);
assert.ok(http.expiration instanceof Date && http.expiration.getTime() > Date.now());
done.push("fromHttp");

// no AWS_ACCESS_KEY_ID and no default profile: the chain ends at the container endpoint
const chained = await fromNodeProviderChain()();
assert.strictEqual(chained.accessKeyId, expect.container.accessKeyId);
done.push("chain->container");

// a real call signed with the container's session credentials
const ddb = new DynamoDBClient({ credentials: fromNodeProviderChain() });
const tables = await ddb.send(new ListTablesCommand({}));
assert.ok(Array.isArray(tables.TableNames));
done.push("ListTables(container credentials)");

// Lambda's own case: the environment, which the chain takes first
process.env.AWS_ACCESS_KEY_ID = "ENVKEY";
process.env.AWS_SECRET_ACCESS_KEY = "envsecret";
process.env.AWS_SESSION_TOKEN = "envtoken";
const env = await fromEnv()();
assert.deepStrictEqual([env.accessKeyId, env.sessionToken], ["ENVKEY", "envtoken"]);
const chainedEnv = await fromNodeProviderChain()();
assert.strictEqual(chainedEnv.accessKeyId, "ENVKEY");
done.push("fromEnv", "chain->env");

console.log(JSON.stringify({ ok: true, done }));
