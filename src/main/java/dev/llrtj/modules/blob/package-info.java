/** The web's Blob and File (llrt:blob), pure JS. */
package dev.llrtj.modules.blob;
