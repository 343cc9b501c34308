// jest.mock without a factory and without a manual mock: Jest's automock of src/pricing.js.
import { withTax, total, Discounts, RATES, CURRENCY } from '../src/pricing';

jest.mock('../src/pricing');

test('exported functions are mock functions returning undefined', () => {
  expect(jest.isMockFunction(withTax)).toBe(true);
  expect(withTax(1000, 'DE')).toBeUndefined();
  expect(total([], 'DE')).toBeUndefined();
  expect(withTax).toHaveBeenCalledWith(1000, 'DE');
});

test('plain values stay, objects are walked', () => {
  expect(CURRENCY).toBe('EUR');
  expect(RATES).toEqual({ DE: 0.19, FR: 0.2, LU: 0.17 });
});

test('a class is mocked with its methods', () => {
  const d = new Discounts({ SAVE10: 10 });
  expect(Discounts).toHaveBeenCalledWith({ SAVE10: 10 });
  expect(jest.isMockFunction(d.apply)).toBe(true);
  expect(d.apply(1000, 'SAVE10')).toBeUndefined();
  Discounts.prototype.apply.mockReturnValue(42);
  expect(d.apply(1, 'x')).toBe(42);
});

test('requireActual still gives the real module', () => {
  const actual = jest.requireActual('../src/pricing');
  expect(actual.withTax(1000, 'DE')).toBe(1190);
  expect(new actual.Discounts({ SAVE10: 10 }).apply(1000, 'SAVE10')).toBe(900);
});

test('createMockFromModule makes the same automock on request', () => {
  const made = jest.createMockFromModule('../src/pricing');
  expect(jest.isMockFunction(made.total)).toBe(true);
  expect(made.CURRENCY).toBe('EUR');
});

test('fails on purpose: an automocked function computes nothing', () => {
  expect(withTax(1000, 'DE')).toBe(1190);
});
