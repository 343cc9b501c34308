/** node:stream and its parts, the WHATWG streams (stream/web, the globals) and the text streams; the implementations are npm packages bundled at build time (bundles/vendor.mjs, js/vendor/). */
package dev.llrtj.modules.stream;
