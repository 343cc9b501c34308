// DynamoDB through @aws-sdk/lib-dynamodb against DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB). Asserts, prints a JSON
// summary as its last line and exits non-zero on the first failure. Same file under Node.js and llrt.
import assert from "node:assert";
import { DynamoDBClient, CreateTableCommand, DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { NoOpLogger } from "@smithy/core/client";
import {
  DynamoDBDocumentClient, PutCommand, GetCommand, QueryCommand, ScanCommand, UpdateCommand,
  BatchWriteCommand, TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";

const table = `sdk-it-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const client = new DynamoDBClient({});
const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
const done = [];

await client.send(new CreateTableCommand({
  TableName: table,
  BillingMode: "PAY_PER_REQUEST",
  AttributeDefinitions: [
    { AttributeName: "pk", AttributeType: "S" },
    { AttributeName: "sk", AttributeType: "N" },
  ],
  KeySchema: [
    { AttributeName: "pk", KeyType: "HASH" },
    { AttributeName: "sk", KeyType: "RANGE" },
  ],
}));
done.push("CreateTable");

try {
  const item = { pk: "user#1", sk: 1, name: "Ada", tags: new Set(["a", "b"]), nested: { n: 1.5, list: [1, "two", null] } };
  await doc.send(new PutCommand({ TableName: table, Item: item }));
  const got = await doc.send(new GetCommand({ TableName: table, Key: { pk: "user#1", sk: 1 }, ConsistentRead: true }));
  assert.strictEqual(got.Item.name, "Ada");
  assert.strictEqual(got.Item.nested.n, 1.5);
  assert.deepStrictEqual(got.Item.nested.list, [1, "two", null]);
  assert.deepStrictEqual([...got.Item.tags].sort(), ["a", "b"]);
  done.push("PutItem", "GetItem");

  // a logger still gets each command's input and output (the SDK build skips building them only for NoOpLogger's
  // own info): one of its own, and a NoOpLogger whose info was replaced
  class CountingNoOp extends NoOpLogger {
    info(entry) {
      logged.push(["subclass", entry.commandName, entry.input.TableName, entry.output.Item?.pk]);
    }
  }
  const logged = [];
  const plain = { debug() {}, info: (entry) => logged.push(["plain", entry.commandName, entry.input.TableName, entry.output.Item?.pk]), warn() {}, error() {} };
  for (const logger of [plain, new CountingNoOp()]) {
    const logging = DynamoDBDocumentClient.from(new DynamoDBClient({ logger }));
    await logging.send(new GetCommand({ TableName: table, Key: { pk: "user#1", sk: 1 } }));
  }
  assert.deepStrictEqual(logged, [["plain", "GetItemCommand", table, "user#1"], ["subclass", "GetItemCommand", table, "user#1"]]);
  done.push("Logger");

  const missing = await doc.send(new GetCommand({ TableName: table, Key: { pk: "nobody", sk: 0 } }));
  assert.strictEqual(missing.Item, undefined);

  await doc.send(new BatchWriteCommand({
    RequestItems: {
      [table]: [2, 3, 4].map((sk) => ({ PutRequest: { Item: { pk: "user#1", sk, name: `item${sk}` } } }))
        .concat([{ PutRequest: { Item: { pk: "user#2", sk: 1, name: "Grace" } } }]),
    },
  }));
  done.push("BatchWrite");

  const queried = await doc.send(new QueryCommand({
    TableName: table,
    KeyConditionExpression: "pk = :pk AND sk >= :from",
    ExpressionAttributeValues: { ":pk": "user#1", ":from": 2 },
    ScanIndexForward: false,
  }));
  assert.deepStrictEqual(queried.Items.map((i) => i.sk), [4, 3, 2]);
  assert.strictEqual(queried.Count, 3);
  done.push("Query");

  const scanned = await doc.send(new ScanCommand({ TableName: table }));
  assert.strictEqual(scanned.Count, 5);
  assert.deepStrictEqual(scanned.Items.map((i) => i.name).sort(), ["Ada", "Grace", "item2", "item3", "item4"]);
  done.push("Scan");

  const updated = await doc.send(new UpdateCommand({
    TableName: table,
    Key: { pk: "user#1", sk: 1 },
    UpdateExpression: "SET visits = if_not_exists(visits, :zero) + :one, #n = :name",
    ConditionExpression: "#n = :expected",
    ExpressionAttributeNames: { "#n": "name" },
    ExpressionAttributeValues: { ":zero": 0, ":one": 1, ":name": "Ada L.", ":expected": "Ada" },
    ReturnValues: "ALL_NEW",
  }));
  assert.strictEqual(updated.Attributes.visits, 1);
  assert.strictEqual(updated.Attributes.name, "Ada L.");
  done.push("UpdateItem");

  let conditionError;
  try {
    await doc.send(new UpdateCommand({
      TableName: table,
      Key: { pk: "user#1", sk: 1 },
      UpdateExpression: "SET visits = visits + :one",
      ConditionExpression: "#n = :expected",
      ExpressionAttributeNames: { "#n": "name" },
      ExpressionAttributeValues: { ":one": 1, ":expected": "Ada" },
    }));
  } catch (e) {
    conditionError = e;
  }
  assert.ok(conditionError, "the failed condition must throw");
  assert.strictEqual(conditionError.name, "ConditionalCheckFailedException");
  assert.strictEqual(conditionError.$metadata.httpStatusCode, 400);
  assert.ok(conditionError instanceof Error);
  done.push("ConditionalCheckFailedException");

  await doc.send(new TransactWriteCommand({
    TransactItems: [
      { Put: { TableName: table, Item: { pk: "user#3", sk: 1, name: "Linus" } } },
      { Update: {
        TableName: table, Key: { pk: "user#2", sk: 1 },
        UpdateExpression: "SET visits = :v", ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":v": 7 },
      } },
      { Delete: { TableName: table, Key: { pk: "user#1", sk: 4 } } },
    ],
  }));
  const afterTx = await doc.send(new ScanCommand({ TableName: table }));
  assert.deepStrictEqual(afterTx.Items.map((i) => `${i.pk}/${i.sk}`).sort(),
    ["user#1/1", "user#1/2", "user#1/3", "user#2/1", "user#3/1"]);
  assert.strictEqual(afterTx.Items.find((i) => i.pk === "user#2").visits, 7);

  let cancelled;
  try {
    await doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: table, Item: { pk: "user#4", sk: 1 } } },
        { ConditionCheck: { TableName: table, Key: { pk: "user#9", sk: 9 }, ConditionExpression: "attribute_exists(pk)" } },
      ],
    }));
  } catch (e) {
    cancelled = e;
  }
  assert.strictEqual(cancelled?.name, "TransactionCanceledException");
  const notWritten = await doc.send(new GetCommand({ TableName: table, Key: { pk: "user#4", sk: 1 } }));
  assert.strictEqual(notWritten.Item, undefined);
  done.push("TransactWrite", "TransactionCanceledException");
} finally {
  await client.send(new DeleteTableCommand({ TableName: table }));
}
console.log(JSON.stringify({ ok: true, done }));
