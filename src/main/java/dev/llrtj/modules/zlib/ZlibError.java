package dev.llrtj.modules.zlib;

/** A zlib failure as Node reports it: zlib's own message, Node's code (Z_DATA_ERROR...) and errno. */
final class ZlibError extends RuntimeException {
    final String code;
    final int errno;

    ZlibError(String code, int errno, String message) {
        super(message, null, false, false);
        this.code = code;
        this.errno = errno;
    }

    static ZlibError data(String message) {
        return new ZlibError("Z_DATA_ERROR", -3, message == null ? "invalid data" : message);
    }

    static ZlibError unexpectedEnd() {
        return new ZlibError("Z_BUF_ERROR", -5, "unexpected end of file");
    }

    static ZlibError needDictionary() {
        return new ZlibError("Z_NEED_DICT", 2, "Missing dictionary");
    }

    static ZlibError notSupported(String what) {
        return new ZlibError("ERR_NOT_SUPPORTED", 0, what + " is not supported by llrt-java");
    }

    /** The output grew past maxOutputLength: Node's RangeError. */
    static ZlibError tooLarge(long max) {
        return new ZlibError("ERR_BUFFER_TOO_LARGE", 0, "Cannot create a Buffer larger than " + max + " bytes");
    }
}
