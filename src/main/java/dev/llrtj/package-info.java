/**
 * llrt-java: a low-latency JavaScript runtime for AWS Lambda on Rhino and Vert.x. {@link dev.llrtj.Main} hands the
 * command line to {@link dev.llrtj.cli.Cli}; see the subpackages, which depend downwards only:
 * cli → lambda / testrunner / emulator → modules → loop → engine.
 */
package dev.llrtj;
