/** Node modules a Lambda function cannot use here: requiring works (libraries import them at load), every function throws ERR_NOT_SUPPORTED. */
package dev.llrtj.modules.unsupported;
