// What the CloudWatch Logs handler answers for a decoded batch; shared with the Node script that writes
// expected.json, so both sides summarise alike and the test compares the decoding.
'use strict';
module.exports = function summarize(batch) {
  const errors = batch.logEvents.filter((e) => e.message.startsWith('{') && JSON.parse(e.message).level === 'ERROR');
  return {
    messageType: batch.messageType,
    logGroup: batch.logGroup,
    logStream: batch.logStream,
    count: batch.logEvents.length,
    firstTimestamp: batch.logEvents[0].timestamp,
    lastId: batch.logEvents[batch.logEvents.length - 1].id,
    errors: errors.map((e) => JSON.parse(e.message).msg),
    characters: batch.logEvents.reduce((n, e) => n + e.message.length, 0),
  };
};
