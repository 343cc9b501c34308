// Prices in cents; tax rates by country.
export const RATES = { DE: 0.19, FR: 0.2, LU: 0.17 };
export const CURRENCY = 'EUR';

export function withTax(cents, country) {
  const rate = RATES[country];
  if (rate === undefined) throw new RangeError(`no tax rate for ${country}`);
  return Math.round(cents * (1 + rate));
}

export function total(items, country) {
  return items.reduce((sum, item) => sum + withTax(item.price * item.qty, country), 0);
}

export class Discounts {
  constructor(codes) {
    this.codes = codes;
  }

  apply(cents, code) {
    const percent = this.codes[code] || 0;
    return Math.round(cents * (1 - percent / 100));
  }
}
