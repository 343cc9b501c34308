// Deliberately failing: TypeScript goes through esbuild before Babel; lines must still be the .ts file's.
interface Item {
  price: number;
}

const total = (items: Item[]): number => items.reduce((sum, i) => sum + i.price, 0);

test('assertion on line 10', async () => {
  await Promise.resolve();
  expect(total([{ price: 1 }, { price: 2 }])).toBe(4);
});
