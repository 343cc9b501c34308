export { Crc32cNative as Crc32cNode } from './crc.mjs';
