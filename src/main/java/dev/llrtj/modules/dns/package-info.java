/** node:dns: lookup and promises.lookup through the JDK's resolver, off the loop; resolve* not supported yet. */
package dev.llrtj.modules.dns;
