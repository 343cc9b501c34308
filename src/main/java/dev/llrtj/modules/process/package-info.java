/** `process`: env, argv, exit codes, hrtime, memory, nextTick and process events (js/node/process.js). */
package dev.llrtj.modules.process;
