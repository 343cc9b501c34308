/** node:diagnostics_channel: named publish/subscribe channels and tracingChannel, pure JS. */
package dev.llrtj.modules.diagnosticschannel;
