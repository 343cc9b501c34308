/** llrt:test, the Jest-like API of `llrt test` (describe/it/expect/mocks), with its parts reached as llrt:test/NAME (test/*.js); the runner around it is dev.llrtj.testrunner. */
package dev.llrtj.modules.test;
