/** node:readline and node:readline/promises: lines read from a stream (no terminal editing), pure JS. */
package dev.llrtj.modules.readline;
