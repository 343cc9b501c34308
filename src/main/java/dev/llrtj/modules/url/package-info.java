/** IDNA for the WHATWG URL host parser (js/web/url-host.js) and node:url's domainToASCII/domainToUnicode. */
package dev.llrtj.modules.url;
