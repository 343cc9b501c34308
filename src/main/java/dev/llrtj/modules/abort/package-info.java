/** The web's AbortController and AbortSignal (llrt:abort), pure JS. */
package dev.llrtj.modules.abort;
