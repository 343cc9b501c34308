// a scoped package that is not even installed: its manual mock answers
exports.client = () => 'acme mock client';
