// The loader's view of ES module namespaces for jest.spyOn (`native` is the realm's module loader): a namespace is
// read-only to its importers, so a spy is put in place by rebinding the export, which every importer then sees.
'use strict';

const isNamespace = value => value !== null && typeof value === 'object' &&
  Object.prototype.toString.call(value) === '[object Module]';

// true when `name` of namespace `ns` now holds `value` for every importer
function rebind(ns, name, value) {
  return native.rebindExport(ns, name, value);
}

module.exports = { isNamespace, rebind };
