/**
 * node:dns: lookup through the JDK's resolver, off the loop; record queries (resolve*, reverse, Resolver) through
 * the loop's DNS client; lookupService from the JDK and /etc/services.
 */
package dev.llrtj.modules.dns;
