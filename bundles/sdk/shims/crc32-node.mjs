export { Crc32Native as Crc32Node } from './crc.mjs';
