/** node:path: POSIX path handling (path.win32 shares it), pure JS. */
package dev.llrtj.modules.path;
