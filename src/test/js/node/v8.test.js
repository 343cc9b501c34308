// Tests for node:v8. The key lists are Node 20's (`node -e "console.log(Object.keys(require('v8').getHeapStatistics()))"`,
// same for getHeapSpaceStatistics()[0]); the figures are this runtime's own heap, so they are checked for consistency
// and against an allocation, not against Node's numbers.
const v8 = require('node:v8');

const NODE_HEAP_KEYS = ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory'];
const NODE_SPACE_KEYS = ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size'];

describe('v8 heap statistics', () => {
  it('has Node\'s shape with consistent figures', () => {
    const s = v8.getHeapStatistics();
    expect(Object.keys(s)).toEqual(NODE_HEAP_KEYS);
    Object.keys(s).forEach(k => expect(typeof s[k]).toBe('number'));
    expect(s.used_heap_size).toBeGreaterThan(0);
    expect(s.used_heap_size).toBeLessThanOrEqual(s.total_heap_size);
    expect(s.total_heap_size).toBeLessThanOrEqual(s.heap_size_limit);
    expect(s.total_available_size).toBe(s.heap_size_limit - s.used_heap_size);
    const spaces = v8.getHeapSpaceStatistics();
    expect(spaces.length).toBe(1);
    expect(Object.keys(spaces[0])).toEqual(NODE_SPACE_KEYS);
  });

  it('counts what the program keeps as in use', () => {
    // live data is never collected, whatever a collection in between frees: the figure cannot be below it
    const kept = [];
    for (let i = 0; i < 16; i++) kept.push(new Uint8Array(1 << 20));
    expect(v8.getHeapStatistics().used_heap_size).toBeGreaterThanOrEqual(16 * (1 << 20));
    expect(kept.length).toBe(16);
  });

  it('gives a stable cachedDataVersionTag', () => {
    expect(typeof v8.cachedDataVersionTag()).toBe('number');
    expect(v8.cachedDataVersionTag()).toBe(v8.cachedDataVersionTag());
  });

  it('refuses what belongs to V8 itself, naming it', () => {
    ['serialize', 'deserialize', 'setFlagsFromString', 'writeHeapSnapshot', 'getHeapCodeStatistics'].forEach(name => {
      let err;
      try {
        v8[name]('x');
      } catch (e) {
        err = e;
      }
      expect(err.code).toBe('ERR_NOT_SUPPORTED');
      expect(err.message).toContain('v8.' + name);
    });
  });
});
