// Deliberately failing: each failure's first frame must name this file and the line written in the test's name.
import { explode } from './locations-helper.mjs';

describe('locations', () => {
  test('assertion on line 8', () => {
    const n = 1;

    expect(n).toBe(2);
  });

  test('throw in a helper on line 3, called on line 12', () => {
    explode();
  });
});
