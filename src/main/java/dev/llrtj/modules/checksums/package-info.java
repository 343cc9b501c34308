/** `llrt:checksums` (checksums.js) and `zlib.crc32`: CRC-32 and CRC-32C as S3's flexible checksums use them. */
package dev.llrtj.modules.checksums;
