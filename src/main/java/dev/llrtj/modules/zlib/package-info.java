/** node:zlib: only crc32 today (over llrt:checksums), pure JS. */
package dev.llrtj.modules.zlib;
