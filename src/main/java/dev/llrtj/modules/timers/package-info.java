/** `timers`: setTimeout/setInterval/setImmediate with Node's Timeout objects (timers.js) over the loop's timers. */
package dev.llrtj.modules.timers;
