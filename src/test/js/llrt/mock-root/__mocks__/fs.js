// Node's own modules take a manual mock only when the test asks for it with jest.mock('fs')
exports.readFileSync = () => 'mocked fs';
