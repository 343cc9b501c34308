/** node:assert: assert, strict and AssertionError over util's deep equality. */
package dev.llrtj.modules.asserts;
