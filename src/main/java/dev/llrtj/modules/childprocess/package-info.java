/**
 * node:child_process over java.lang.ProcessBuilder: spawn/exec/execFile with stdio as streams (reader threads post
 * chunks and the exit onto the loop), the *Sync forms blocking the JS thread, kill by signal; no fork.
 */
package dev.llrtj.modules.childprocess;
