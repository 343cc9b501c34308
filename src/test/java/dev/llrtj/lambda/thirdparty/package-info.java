/**
 * Test support: runs a Lambda Runtime API server that this project did not write (@vercel/fun, from npm) so
 * the runtime can be proven against an independent implementation of the protocol, not only our own emulator.
 */
package dev.llrtj.lambda.thirdparty;
