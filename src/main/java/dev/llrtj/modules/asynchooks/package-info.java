/**
 * node:async_hooks: AsyncLocalStorage and AsyncResource over the realm's async context (bootstrap.js captures it for
 * promise reactions, node:timers for timers, nextTick and queueMicrotask), pure JS; createHook is not supported.
 */
package dev.llrtj.modules.asynchooks;
