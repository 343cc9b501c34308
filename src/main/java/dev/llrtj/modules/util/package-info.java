/** node:util (inspect with its error part, format, promisify, deep equality, types: one file each) and the web classes' inspect hook (llrt:web-inspect), pure JS. */
package dev.llrtj.modules.util;
