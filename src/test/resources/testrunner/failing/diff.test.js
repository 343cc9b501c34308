// Deliberately failing: the runner must print a diff and exit 1.
describe('user record', () => {
  test('matches the stored copy', () => {
    const stored = { id: 1, name: 'Ada', roles: ['admin', 'dev'] };
    console.log('loaded user', stored.id);
    expect({ ...stored, roles: ['dev'] }).toEqual(stored);
  });

  test('still passes', () => {
    expect(1 + 1).toBe(2);
  });
});
