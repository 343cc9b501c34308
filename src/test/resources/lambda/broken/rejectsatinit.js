// The handler is found, but the module leaves a rejected promise nobody handles: still an init failure.
Promise.reject(new Error('warm-up failed'));

exports.handler = function () {
  return Promise.resolve('never reached');
};
