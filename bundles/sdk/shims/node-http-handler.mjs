// @smithy/node-http-handler on llrt-java: every SDK request goes through the runtime's global fetch (Vert.x,
// pooled keep-alive connections), so the Node handlers are the fetch handler under their Node names. Response
// bodies are then WHATWG ReadableStreams, which @smithy/core's stream mixin and collector handle.
import { FetchHttpHandler } from '@smithy/fetch-http-handler';

export { streamCollector } from '@smithy/core/serde';

export const DEFAULT_REQUEST_TIMEOUT = 0;

export class NodeHttpHandler extends FetchHttpHandler {
  static create(instanceOrOptions) {
    if (typeof instanceOrOptions?.handle === 'function') return instanceOrOptions;
    return new NodeHttpHandler(instanceOrOptions);
  }
}

export class NodeHttp2Handler extends NodeHttpHandler {
  static create(instanceOrOptions) {
    if (typeof instanceOrOptions?.handle === 'function') return instanceOrOptions;
    return new NodeHttp2Handler(instanceOrOptions);
  }
}
