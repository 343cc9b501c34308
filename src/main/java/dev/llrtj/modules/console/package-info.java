/** `console`: Node's console and Lambda's Text/JSON log formats (console.js); Java only writes bytes. */
package dev.llrtj.modules.console;
