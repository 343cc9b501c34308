// Providers whose next answer is already known (llrt's SDK build, docs/warm-sdk.md): the endpoint parameters of every
// request are read through a chain of async providers per parameter (region, FIPS, dual-stack...), a dozen awaits
// per call in the interpreter for values that, once resolved, do not change. A provider made by the SDK's
// normalizeProvider (a constant), memoize (after its first answer), the region and account-ID-mode configs (from
// such providers) is registered here with a `peek` that returns { value } when calling the provider would give that
// value without awaiting anything and without any other effect, else undefined. Only primitive values are told this
// way (an object could be a thenable, or be changed by its user). Functions of the user's own are never registered:
// they are called every time, as the SDK calls them.
const peeks = new WeakMap();

export function peekable(provider, peek) {
  peeks.set(provider, peek);
  return provider;
}

export function peek(provider) {
  const p = peeks.get(provider);
  return p === undefined ? undefined : p();
}

export function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/** { value } of a config value as a provider would give it (a value itself, or a peekable provider), else undefined. */
export function known(value) {
  if (typeof value === 'function') return peek(value);
  return isPrimitive(value) ? { value } : undefined;
}
