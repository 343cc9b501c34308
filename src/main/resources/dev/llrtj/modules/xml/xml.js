// llrt:xml — the AWS SDK's parseXML (from @aws-sdk/xml-builder), done in Java; the embedded SDK is bundled
// against this module instead of the SDK's own character-by-character parser.
'use strict';
exports.parseXML = native.parseXML;
