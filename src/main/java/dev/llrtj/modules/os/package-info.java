/** node:os: the system facts the JVM and Linux's /proc expose; their shapes live in os.js. */
package dev.llrtj.modules.os;
