// Written for Jest, run unchanged by `llrt test`. Its counts under Jest 29: see jest-counts.json.
const { Cart, OutOfStockError, formatPrice } = require('./cart');

const events = [];

function fakeInventory(stock) {
  return {
    stock: jest.fn(async (sku) => stock[sku] ?? 0),
    price: jest.fn().mockResolvedValue(250),
  };
}

beforeAll(() => events.push('beforeAll'));
afterAll(() => {
  events.push('afterAll');
});

describe('Cart', () => {
  let inventory;
  let cart;

  beforeEach(() => {
    inventory = fakeInventory({ apple: 3, pear: 1 });
    cart = new Cart(inventory, { taxRate: 0.1 });
    events.push('beforeEach');
  });

  afterEach(() => events.push('afterEach'));

  it('starts empty', () => {
    expect(cart.items).toEqual([]);
    expect(cart.total()).toBe(0);
  });

  it('adds items and asks the inventory', async () => {
    await cart.add('apple', 2);
    expect(inventory.stock).toHaveBeenCalledWith('apple');
    expect(inventory.price).toHaveBeenCalledTimes(1);
    expect(cart.items).toStrictEqual([{ sku: 'apple', quantity: 2, price: 250 }]);
    expect(cart.total()).toBeCloseTo(550);
  });

  it('rejects when stock runs out', async () => {
    await cart.add('pear');
    await expect(cart.add('pear')).rejects.toThrow(OutOfStockError);
    await expect(cart.add('kiwi')).rejects.toMatchObject({ sku: 'kiwi', message: expect.stringContaining('out of stock') });
  });

  it('resolves to itself for chaining', () => expect(cart.add('apple')).resolves.toBe(cart));

  it('removes lines', async () => {
    await cart.add('apple');
    expect(cart.remove('apple')).toBe(true);
    expect(cart.remove('apple')).toBe(false);
    expect(cart.items).toHaveLength(0);
  });

  describe('with a spy on the inventory', () => {
    beforeEach(() => {
      jest.spyOn(inventory, 'price').mockResolvedValueOnce(100).mockResolvedValueOnce(200);
    });

    it('uses each price once', async () => {
      await cart.add('apple');
      await cart.add('pear');
      expect(cart.items.map((l) => l.price)).toEqual([100, 200]);
      expect(inventory.price.mock.calls).toEqual([['apple'], ['pear']]);
    });

    it('inherits the outer beforeEach', () => {
      expect(cart).toBeInstanceOf(Cart);
      expect(inventory.price).not.toHaveBeenCalled();
    });
  });

  it.skip('is skipped', () => {
    throw new Error('never runs');
  });

  it.todo('supports discounts');
});

describe('formatPrice', () => {
  it.each([
    [100, 'EUR', '1.00 EUR'],
    [1999, 'USD', '19.99 USD'],
    [5, undefined, '0.05 EUR'],
  ])('formats %i %s as %s', (cents, currency, expected) => {
    expect(formatPrice(cents, currency)).toBe(expected);
  });

  test.each`
    cents   | expected
    ${0}    | ${'0.00 EUR'}
    ${12345} | ${'123.45 EUR'}
  `('formats $cents cents', ({ cents, expected }) => {
    expect(formatPrice(cents)).toEqual(expected);
  });
});

describe('async styles', () => {
  test('done callback', (done) => {
    setTimeout(() => {
      expect(events).toContain('beforeAll');
      done();
    }, 5);
  });

  test('counts assertions', async () => {
    expect.assertions(2);
    const value = await Promise.resolve({ id: 7, tags: ['a', 'b'] });
    expect(value).toHaveProperty('tags.1', 'b');
    expect(value).toEqual(expect.objectContaining({ id: expect.any(Number) }));
  });

  test('mock implementations', () => {
    const greet = jest.fn((name) => `hi ${name}`).mockReturnValueOnce('first!');
    expect(greet('a')).toBe('first!');
    expect(greet('b')).toBe('hi b');
    expect(greet).toHaveBeenLastCalledWith('b');
    expect(greet.mock.results.map((r) => r.value)).toEqual(['first!', 'hi b']);
  });

  test('hooks ran in Jest order', () => {
    const seen = events;
    expect(seen[0]).toBe('beforeAll');
    expect(seen.slice(1, 4)).toEqual(['beforeEach', 'afterEach', 'beforeEach']);
    expect(seen).not.toContain('afterAll');
  });
});
