// Private state of URL and URLSearchParams lives on the objects (a non-enumerable symbol property), not in a WeakMap
// whose value reached its key and was never freed (issue 12, item 2; docs/module-state.md). UrlMemoryProcessTest
// proves the memory side with a small heap; these check what user code can see of the change.
describe('URL and URLSearchParams state', () => {
  it('shows no own enumerable property, as in Node', () => {
    let url = new URL('https://example.com/a?b=1');
    expect(Object.keys(url)).toEqual([]);
    expect(Object.keys(url.searchParams)).toEqual([]);
    expect(JSON.stringify(url)).toBe('"https://example.com/a?b=1"');
  });
  it('is not inherited: an object made from an instance is not one', () => {
    let fake = Object.create(new URL('https://example.com/'));
    let e = null;
    try {
      void fake.href;
    } catch (err) {
      e = err;
    }
    expect(e instanceof TypeError).toBe(true);
    let params = Object.create(new URLSearchParams('a=1'));
    expect(() => params.get('a')).toThrow(TypeError);
  });
  it('keeps URL and searchParams linked both ways', () => {
    let url = new URL('https://example.com/?a=1');
    url.searchParams.append('b', '2');
    expect(url.search).toBe('?a=1&b=2');
    url.search = '?c=3';
    expect(url.searchParams.get('c')).toBe('3');
  });
});
