/** Node's error codes (llrt:errors: ERR_INVALID_ARG_TYPE...) and the web's DOMException, shared by the other rooms' JS. */
package dev.llrtj.modules.errors;
