/** node:os: the system facts the JVM and Linux's /proc expose; their shapes live in js/node/os.js. */
package dev.llrtj.modules.os;
