// Not valid JavaScript (a missing brace): Runtime.UserCodeSyntaxError.
exports.handler = function (event) {
  return { oops: event.value ;
};
