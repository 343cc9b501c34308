/** `process`: env, argv, exit codes, hrtime, memory, nextTick and process events (process.js). */
package dev.llrtj.modules.process;
