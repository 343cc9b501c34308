// The child_process binding (ChildProcessBinding.java) as a module.
'use strict';
module.exports = native;
