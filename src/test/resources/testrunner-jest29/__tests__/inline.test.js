// Inline snapshots: Jest 29 wrote them into this file (record-jest-results.cjs runs Jest on it with the snapshots
// taken out); llrt test compares with them, and writes the same text into the file without them (Jest29SuiteTest).
import { total, withTax, RATES } from '../src/pricing';

test('a number and a string', () => {
  expect(total([{ price: 100, qty: 2 }], 'DE')).toMatchInlineSnapshot(`238`);
  expect(`EUR ${withTax(1000, 'FR')}`).toMatchInlineSnapshot(`"EUR 1200"`);
});

test('an object over several lines', () => {
  expect({ rates: RATES, list: [1, 'two', { three: 3 }], nothing: null, undef: undefined }).toMatchInlineSnapshot(`
{
  "list": [
    1,
    "two",
    {
      "three": 3,
    },
  ],
  "nothing": null,
  "rates": {
    "DE": 0.19,
    "FR": 0.2,
    "LU": 0.17,
  },
  "undef": undefined,
}
`);
});

test('property matchers first', () => {
  expect({ id: Math.random(), country: 'LU' }).toMatchInlineSnapshot({ id: expect.any(Number) }, `
{
  "country": "LU",
  "id": Any<Number>,
}
`);
});

test('a thrown error', () => {
  expect(() => withTax(1, 'XX')).toThrowErrorMatchingInlineSnapshot(`"no tax rate for XX"`);
});

test('backticks, ${} and backslashes are escaped', () => {
  expect('a `quoted` ${x} \\ path').toMatchInlineSnapshot(`"a \`quoted\` \${x} \\ path"`);
});

test('inline and file snapshots share the counter', () => {
  expect('first').toMatchInlineSnapshot(`"first"`);
  expect('second').toMatchSnapshot();
});

test('fails on purpose: a value that is not the one written', () => {
  expect(withTax(1000, 'DE')).toMatchInlineSnapshot('1000');
});
