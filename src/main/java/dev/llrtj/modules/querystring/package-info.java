/** node:querystring: parse/stringify of URL query strings and Node's escape/unescape, pure JS. */
package dev.llrtj.modules.querystring;
