/** node:util (inspect, format, promisify, deep equality, types) and the web classes' inspect hook (llrt:web-inspect), pure JS. */
package dev.llrtj.modules.util;
