/**
 * The {@code Temporal} global, as LLRT ships it: the npm package temporal-polyfill, vendored by bundles/vendor.mjs
 * (bundled and lowered for Rhino at build time) and loaded on the global's first read. Its zone rules and its
 * formatting come from our Intl (the JDK's tz and CLDR data).
 */
package dev.llrtj.modules.temporal;
