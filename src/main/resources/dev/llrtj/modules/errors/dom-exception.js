// DOMException: an Error with a DOM name and, for the legacy names, a numeric code.
'use strict';

const LEGACY_CODES = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'], ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const CODES = new Map(LEGACY_CODES.map((entry, i) => [entry[0], i + 1]));

// Built as a native Error given this prototype (Rhino cannot subclass Error otherwise); bootstrap keeps its stack.
function DOMException(message, options) {
  let name = 'Error';
  let cause;
  let hasCause = false;
  if (options !== null && typeof options === 'object') {
    if (options.name !== undefined) name = String(options.name);
    if ('cause' in options) {
      hasCause = true;
      cause = options.cause;
    }
  } else if (options !== undefined) {
    name = String(options);
  }
  let error = new Error(message === undefined ? '' : String(message));
  Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  // a subclass (lowered `class X extends DOMException`) constructs with X.prototype as `this`'s prototype
  let proto = this instanceof DOMException ? Object.getPrototypeOf(this) : DOMException.prototype;
  Object.setPrototypeOf(error, proto);
  if (hasCause) Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true, enumerable: false });
  return error;
}

DOMException.prototype = Object.create(Error.prototype, {
  constructor: { value: DOMException, writable: true, configurable: true },
  code: {
    configurable: true,
    enumerable: true,
    get() { return CODES.get(this.name) || 0; },
  },
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
LEGACY_CODES.forEach((entry, i) => {
  Object.defineProperty(DOMException, entry[1], { value: i + 1, enumerable: true });
  Object.defineProperty(DOMException.prototype, entry[1], { value: i + 1, enumerable: true });
});

module.exports = { DOMException };
