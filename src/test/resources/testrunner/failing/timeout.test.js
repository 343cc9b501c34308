// A test that never settles must fail with a timeout message, and the run must go on.
test('never resolves', () => new Promise(() => {}), 200);

test('never calls done', (done) => {
  expect(done).toBeDefined();
}, 200);

test('runs after the timeouts', () => {
  expect(true).toBe(true);
});
