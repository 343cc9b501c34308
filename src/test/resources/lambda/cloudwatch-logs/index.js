// A CloudWatch Logs subscription handler: the batch arrives as base64 of gzip (awslogs.data).
const zlib = require('zlib');
const summarize = require('./summarize.js');

exports.handler = async (event) => {
  const json = zlib.gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8');
  const viaCallback = await new Promise((resolve, reject) =>
    zlib.gunzip(Buffer.from(event.awslogs.data, 'base64'), (err, out) => (err ? reject(err) : resolve(out.toString('utf8')))));
  if (viaCallback !== json) throw new Error('callback and sync forms disagree');
  return summarize(JSON.parse(json));
};
