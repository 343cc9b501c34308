package dev.llrtj.modules.zlib;

/** The wrappers around deflate data Node's zlib reads and writes; UNZIP (read only) tells gzip from zlib by its magic. */
enum Format {
    ZLIB, RAW, GZIP, UNZIP
}
