// llrt:xml/builder — LLRT's XmlNode and XmlText (API.md; the AWS SDK's xml-builder shape): a node prints as
// <name attr="...">children</name>, or <name/> with no children; text and attribute values are escaped.
'use strict';

function escapeElement(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/</g, '&lt;')
    .replace(/>/g, '&gt;').replace(/\r/g, '&#x0D;').replace(/\n/g, '&#x0A;').replace(/\u0085/g, '&#x85;')
    .replace(/\u2028/g, '&#x2028;');
}

function escapeAttribute(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function XmlText(value) {
  if (!(this instanceof XmlText)) throw new TypeError("Class constructor XmlText cannot be invoked without 'new'");
  this.value = value;
}
XmlText.prototype.toString = function toString() {
  return escapeElement('' + this.value);
};

function XmlNode(name, children) {
  if (!(this instanceof XmlNode)) throw new TypeError("Class constructor XmlNode cannot be invoked without 'new'");
  this.name = name;
  this.children = children === undefined ? [] : children;
  this.attributes = {};
}
XmlNode.of = function of(name, childText, withName) {
  const node = new XmlNode(name);
  if (childText !== undefined) node.addChildNode(new XmlText(childText));
  if (withName !== undefined) node.withName(withName);
  return node;
};
XmlNode.prototype.withName = function withName(name) {
  this.name = name;
  return this;
};
XmlNode.prototype.addAttribute = function addAttribute(name, value) {
  this.attributes[name] = value;
  return this;
};
XmlNode.prototype.addChildNode = function addChildNode(child) {
  this.children.push(child);
  return this;
};
XmlNode.prototype.removeAttribute = function removeAttribute(name) {
  delete this.attributes[name];
  return this;
};
XmlNode.prototype.toString = function toString() {
  const attrs = Object.keys(this.attributes).map(k => ` ${k}="${escapeAttribute(this.attributes[k])}"`).join('');
  const hasChildren = this.children.length > 0;
  return `<${this.name}${attrs}${hasChildren ? '>' : '/>'}${hasChildren ? this.children.map(c => String(c)).join('') : ''}` +
    (hasChildren ? `</${this.name}>` : '');
};

module.exports = { XmlNode, XmlText };
