// The zlib binding (ZlibBinding.java) as a module, so that zlib.js and its stream classes share it.
'use strict';
module.exports = native;
