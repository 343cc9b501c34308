// The real pricing code: each-tables, snapshots, spies.
import { withTax, total, Discounts, RATES } from '../src/pricing';

describe.each([
  ['DE', 1190],
  ['FR', 1200],
  ['LU', 1170],
])('withTax in %s', (country, expected) => {
  test(`1000 cents come to ${expected}`, () => {
    expect(withTax(1000, country)).toBe(expected);
  });

  test('whole cents', () => {
    expect(Number.isInteger(withTax(333, country))).toBe(true);
  });
});

test.each`
  price  | qty  | country | expected
  ${100} | ${2} | ${'DE'} | ${238}
  ${999} | ${1} | ${'FR'} | ${1199}
  ${50}  | ${3} | ${'LU'} | ${176}
`('$qty x $price in $country comes to $expected', ({ price, qty, country, expected }) => {
  expect(total([{ price, qty }], country)).toBe(expected);
});

test('an unknown country throws', () => {
  expect(() => withTax(1, 'XX')).toThrowErrorMatchingSnapshot();
});

test('the rates', () => {
  expect(RATES).toMatchSnapshot();
});

test('property matchers stand in for what changes from run to run', () => {
  expect({ at: Date.now(), rate: RATES.DE }).toMatchSnapshot({ at: expect.any(Number) });
});

describe('spies', () => {
  afterEach(() => jest.restoreAllMocks());

  test('spyOn an instance keeps the real method', () => {
    const d = new Discounts({ SAVE10: 10 });
    const spy = jest.spyOn(d, 'apply');
    expect(d.apply(1000, 'SAVE10')).toBe(900);
    expect(spy).toHaveBeenCalledWith(1000, 'SAVE10');
    expect(spy).toHaveReturnedWith(900);
  });

  test('spyOn the prototype with a fake result, then restore', () => {
    const spy = jest.spyOn(Discounts.prototype, 'apply').mockReturnValue(1);
    expect(new Discounts({}).apply(1000, 'X')).toBe(1);
    spy.mockRestore();
    expect(new Discounts({}).apply(1000, 'X')).toBe(1000);
  });

  test('spyOn console.warn silences it', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    console.warn('careful');
    expect(warn).toHaveBeenCalledWith('careful');
  });

  test('fails on purpose: a spy that was never called', () => {
    const spy = jest.spyOn(Math, 'round');
    expect(spy).toHaveBeenCalled();
  });
});
