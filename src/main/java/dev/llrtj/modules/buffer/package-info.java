/**
 * `buffer` (buffer.js) and the byte side of TextEncoder/TextDecoder and string_decoder: Node's encodings
 * and WHATWG's UTF-8/UTF-16 decoders, run over typed arrays' backing byte[].
 */
package dev.llrtj.modules.buffer;
