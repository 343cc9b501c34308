// The SDK's CRC32 / CRC32C checksum classes over the runtime's native `llrt:checksums` (java.util.zip), in place of
// zlib.crc32 and the table-driven JavaScript fallbacks. The built-in is required on first use, not at import,
// so loading a client costs nothing for checksums it may never compute.
let checksums;
const native = () => checksums || (checksums = require('llrt:checksums'));

function nativeChecksum(name) {
  return class {
    constructor() {
      this.digestLength = 4;
      this.value = 0;
    }
    update(data) {
      this.value = native()[name](data, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const out = new Uint8Array(4);
      new DataView(out.buffer).setUint32(0, this.digestSync(), false);
      return out;
    }
    reset() {
      this.value = 0;
    }
  };
}

export const Crc32Native = nativeChecksum('crc32');
export const Crc32cNative = nativeChecksum('crc32c');
