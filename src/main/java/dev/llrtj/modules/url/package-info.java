/** IDNA for the WHATWG URL host parser (url/host.js) and node:url's domainToASCII/domainToUnicode. */
package dev.llrtj.modules.url;
