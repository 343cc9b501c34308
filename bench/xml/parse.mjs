// llrt:xml (Java) against the AWS SDK's own parseXML (@aws-sdk/xml-builder, JS, lowered for Rhino) on a 1000-key
// S3 ListObjects answer. Run: ./llrt bench/xml/parse.mjs   (the SDK's copy comes from bundles/sdk/node_modules)
import { parseXML as sdkParse } from '../../bundles/sdk/node_modules/@aws-sdk/xml-builder/dist-es/xml-parser.js';

const { parseXML: nativeParse } = require('llrt:xml');
let items = '';
for (let i = 0; i < 1000; i++) {
  items += `\n  <Contents>\n    <Key>photos/2026/11/img-${i}.jpg</Key>\n    <LastModified>2026-11-24T05:00:00.000Z</LastModified>`
    + `\n    <ETag>&quot;${i}abcdef0123456789&quot;</ETag>\n    <Size>${i * 37}</Size>\n    <StorageClass>STANDARD</StorageClass>\n  </Contents>`;
}
const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name>${items}\n</ListBucketResult>`;

function time(name, parse) {
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const start = Date.now();
    parse(xml);
    runs.push(Date.now() - start);
  }
  const rest = runs.slice(1).sort((a, b) => a - b);
  console.log(`${name}: ${xml.length} chars, first ${runs[0]} ms, then ${rest[0]}..${rest[rest.length - 1]} ms`);
}

if (JSON.stringify(sdkParse(xml)) !== JSON.stringify(nativeParse(xml))) throw new Error('the two parsers disagree');
time('SDK parseXML (JS on Rhino)', sdkParse);
time('llrt:xml (Java)', nativeParse);
