// node:stream/promises: pipeline and finished returning Promises
'use strict';
module.exports = require('stream').promises;
