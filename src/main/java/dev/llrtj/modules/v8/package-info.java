/** node:v8: the heap statistics libraries read, from the Java heap; the V8-only parts throw ERR_NOT_SUPPORTED. */
package dev.llrtj.modules.v8;
