// Known answer: cart.test.js.snap.jest29 is what Jest 29.7 wrote for this file (npx jest, no config)
describe('cart', () => {
  test('totals', () => {
    expect({ items: [{ sku: 'a`b', price: 2 }], note: 'say "hi" ${x}', total: 2, when: undefined }).toMatchSnapshot();
    expect('plain string').toMatchSnapshot();
    expect(new Map([['k', [1, 2]]])).toMatchSnapshot('with hint');
  });
  test('throws', () => {
    expect(() => { throw new Error('bad input'); }).toThrowErrorMatchingSnapshot();
  });
});
test('top level 10', () => { expect(10).toMatchSnapshot(); });
test('top level 9', () => { expect(null).toMatchSnapshot(); });
