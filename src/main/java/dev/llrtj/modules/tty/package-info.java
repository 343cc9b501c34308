/** node:tty: isatty from the process's open descriptors (Linux /proc), WriteStream/ReadStream over stdio. */
package dev.llrtj.modules.tty;
