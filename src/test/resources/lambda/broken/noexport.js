// Loads, but exports no `handler`: Runtime.HandlerNotFound.
exports.somethingElse = function () {
  return 1;
};
