/**
 * The `llrt` command line: one class per subcommand, registered in {@link dev.llrtj.cli.Cli}. `llrt file.js`
 * runs a script; with no arguments and a Lambda environment it runs the Lambda loop.
 */
package dev.llrtj.cli;
