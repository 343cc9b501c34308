const { add, divide } = require('./src/calc');
test('add', () => expect(add(1, 2)).toBe(3));
test('divide', () => expect(divide(4, 2)).toBe(2));
