/**
 * The embedded AWS SDK used as a user would, against real local services (testsupport.services): JS scripts under
 * src/test/resources/sdk-it/ run with the `./llrt` launcher (or Node.js, for comparison and to check the scripts).
 * Tagged {@code sdk-it}: {@code mvn test -Dgroups=sdk-it} runs only these.
 */
package dev.llrtj.sdk;
