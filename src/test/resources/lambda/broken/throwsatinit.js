// The module body itself fails: Lambda reports the error under its own name, not a Runtime.* type.
const config = JSON.parse(process.env.LLRT_TEST_CONFIG || '{"ready":false}');
if (!config.ready) {
  throw new RangeError('configuration is not ready');
}
exports.handler = async () => config;
