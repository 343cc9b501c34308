/** node:module: createRequire, builtinModules and isBuiltin over the realm's loader. */
package dev.llrtj.modules.module;
