/** node:tls: rootCertificates (the JDK's trusted roots as PEM), the protocol defaults; sockets not supported yet. */
package dev.llrtj.modules.tls;
