// node:module: createRequire, isBuiltin and the list of built-ins. `native` is the realm's module loader.
'use strict';

const builtinModules = native.builtinNames();

function Module() {}
Module.createRequire = native.createRequire;
Module.builtinModules = builtinModules;
Module.isBuiltin = name => {
  let bare = String(name).startsWith('node:') ? String(name).slice(5) : String(name);
  return builtinModules.indexOf(bare) >= 0;
};
Module.Module = Module;
Module.register = () => {};

module.exports = Module;
