// Node's v8, for the heap statistics that libraries (loggers, health checks, memory guards) read. The runtime's JS
// heap is the Java heap: its committed size, what is in use and its limit (-Xmx, which bootstrap sizes from the
// function's memory). What belongs to V8 itself (serialisation format, snapshots, coverage, flags) is not there and
// throws ERR_NOT_SUPPORTED naming it.
'use strict';

const errors = require('llrt:errors');

function getHeapStatistics() {
  const h = native.heap();
  const total = h[0];
  const used = h[1];
  const limit = h[2];
  return {
    total_heap_size: total,
    total_heap_size_executable: 0,
    total_physical_size: total,
    total_available_size: Math.max(0, limit - used),
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

// One space: the Java heap is not split as V8's is.
function getHeapSpaceStatistics() {
  const s = getHeapStatistics();
  return [{
    space_name: 'java_heap',
    space_size: s.total_heap_size,
    space_used_size: s.used_heap_size,
    space_available_size: s.total_available_size,
    physical_space_size: s.total_physical_size,
  }];
}

// A number that changes with the runtime's version, as V8's does with V8's (callers compare it, never decode it).
function cachedDataVersionTag() {
  const versions = require('process').versions;
  const version = versions.llrt + '/' + versions.rhino;
  let hash = 0x811c9dc5;
  for (let i = 0; i < version.length; i++) {
    hash = Math.imul(hash ^ version.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

module.exports = { getHeapStatistics, getHeapSpaceStatistics, cachedDataVersionTag };
['getHeapCodeStatistics', 'getHeapSnapshot', 'writeHeapSnapshot', 'setHeapSnapshotNearHeapLimit', 'setFlagsFromString',
  'serialize', 'deserialize', 'Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer', 'takeCoverage',
  'stopCoverage', 'queryObjects', 'GCProfiler'].forEach(name => {
  module.exports[name] = errors.notSupportedFunction(name,
    `v8.${name} is not supported by llrt-java (its JS engine is Rhino on the JVM, not V8)`);
});
