// llrt:xml — the AWS SDK's parseXML (from @aws-sdk/xml-builder), done in Java; the embedded SDK is bundled
// against this module instead of the SDK's own character-by-character parser.
'use strict';
exports.parseXML = native.parseXML;
// LLRT's own API (its API.md) beside it: XMLParser, XmlNode, XmlText
const parser = require('llrt:xml/parser');
const builder = require('llrt:xml/builder');
exports.XMLParser = parser.XMLParser;
exports.XmlNode = builder.XmlNode;
exports.XmlText = builder.XmlText;
