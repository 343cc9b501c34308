/**
 * {@code llrt:xml}: the AWS SDK's XML response parser done natively. The SDK's own {@code parseXML} (in
 * {@code @aws-sdk/xml-builder}) walks the text one character at a time in JS, which is slow in Rhino's interpreter;
 * the embedded SDK is bundled with this module in its place, so it must give the very same objects and errors.
 */
package dev.llrtj.modules.xml;
