/** node:events (EventEmitter) and the web's Event, EventTarget and CustomEvent (llrt:events). */
package dev.llrtj.modules.events;
