// A small module written the way Node projects write them (classes, async/await, CommonJS).
class OutOfStockError extends Error {
  constructor(sku) {
    super(`${sku} is out of stock`);
    this.name = 'OutOfStockError';
    this.sku = sku;
  }
}

class Cart {
  constructor(inventory, { taxRate = 0 } = {}) {
    this.inventory = inventory;
    this.taxRate = taxRate;
    this.lines = new Map();
  }

  async add(sku, quantity = 1) {
    const available = await this.inventory.stock(sku);
    const current = this.lines.get(sku)?.quantity ?? 0;
    if (available < current + quantity) throw new OutOfStockError(sku);
    const price = await this.inventory.price(sku);
    this.lines.set(sku, { sku, quantity: current + quantity, price });
    return this;
  }

  remove(sku) {
    return this.lines.delete(sku);
  }

  get items() {
    return Array.from(this.lines.values());
  }

  total() {
    const net = this.items.reduce((sum, { quantity, price }) => sum + quantity * price, 0);
    return Math.round(net * (1 + this.taxRate) * 100) / 100;
  }
}

function formatPrice(cents, currency = 'EUR') {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}

module.exports = { Cart, OutOfStockError, formatPrice };
