// A module the test imports: its line numbers must survive the ES module lowering too.
export function explode() {
  throw new Error('exploded');
}
