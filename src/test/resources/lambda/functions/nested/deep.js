// A handler reached through a nested export path: nested/deep.api.v1.handle
'use strict';

module.exports = {
  api: {
    v1: {
      handle: function (event, context) {
        return Promise.resolve({ nested: true, got: event.n, handler: process.env._HANDLER, requestId: context.awsRequestId });
      },
    },
  },
};
