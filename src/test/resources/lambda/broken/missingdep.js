// Requires a package that is not installed: Runtime.ImportModuleError.
const missing = require('llrt-test-no-such-package');

exports.handler = function () {
  return missing.value;
};
