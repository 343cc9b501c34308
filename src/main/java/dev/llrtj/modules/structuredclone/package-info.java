/** The web's structuredClone (llrt:structured-clone): the structured serialisation of values, pure JS. */
package dev.llrtj.modules.structuredclone;
