/**
 * node:fs: file operations in plain Java ({@link dev.llrtj.modules.fs.FsOps}, {@link dev.llrtj.modules.fs.FileHandles})
 * that run inline (the *Sync API) or off the loop (callbacks and promises), with failures shaped as Node's errors.
 * The API surface lives in fs.js, promises.js, internal.js and streams.js.
 */
package dev.llrtj.modules.fs;
