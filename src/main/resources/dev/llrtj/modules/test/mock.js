// Mock functions (jest.fn / vi.fn) and spies (jest.spyOn), recording calls, results and instances the way
// Jest's `fn.mock` does, so mock matchers and suites that read `.mock.calls` work unchanged.

const namespaces = require('llrt:test/namespaces');

const registry = [];
let callOrder = 0;

function freshState() {
  return { calls: [], results: [], instances: [], contexts: [], invocationCallOrder: [], lastCall: undefined };
}

function fn(implementation) {
  let state = freshState();
  let defaultImpl = implementation;
  let onceImpls = [];
  let mockName = 'jest.fn()';

  let mock = function () {
    let args = Array.prototype.slice.call(arguments);
    let isConstruct = this instanceof mock;
    state.calls.push(args);
    state.lastCall = args;
    state.contexts.push(this);
    state.instances.push(this);
    state.invocationCallOrder.push(++callOrder);
    let result = { type: 'incomplete', value: undefined };
    state.results.push(result);
    let impl = onceImpls.length > 0 ? onceImpls.shift() : defaultImpl;
    try {
      let value = impl ? impl.apply(this, args) : undefined;
      if (isConstruct && (value === null || typeof value !== 'object' && typeof value !== 'function')) value = this;
      result.type = 'return';
      result.value = value;
      return value;
    } catch (e) {
      result.type = 'throw';
      result.value = e;
      throw e;
    }
  };

  Object.defineProperty(mock, 'mock', { get: () => state, enumerable: false, configurable: true });
  mock._isMockFunction = true;
  mock.getMockImplementation = () => defaultImpl;
  mock.getMockName = () => mockName;
  mock.mockName = name => {
    mockName = String(name);
    return mock;
  };
  mock.mockClear = () => {
    state = freshState();
    return mock;
  };
  mock.mockReset = () => {
    mock.mockClear();
    defaultImpl = undefined;
    onceImpls = [];
    return mock;
  };
  // spies replace this with one that also puts the original back
  mock.mockRestore = () => mock.mockReset();
  mock.mockImplementation = f => {
    defaultImpl = f;
    return mock;
  };
  mock.mockImplementationOnce = f => {
    onceImpls.push(f);
    return mock;
  };
  mock.withImplementation = (f, callback) => {
    let previous = defaultImpl;
    defaultImpl = f;
    let r = callback();
    if (r && typeof r.then === 'function') {
      return r.then(() => { defaultImpl = previous; });
    }
    defaultImpl = previous;
    return undefined;
  };
  mock.mockReturnValue = v => mock.mockImplementation(() => v);
  mock.mockReturnValueOnce = v => mock.mockImplementationOnce(() => v);
  mock.mockResolvedValue = v => mock.mockImplementation(() => Promise.resolve(v));
  mock.mockResolvedValueOnce = v => mock.mockImplementationOnce(() => Promise.resolve(v));
  mock.mockRejectedValue = v => mock.mockImplementation(() => Promise.reject(v));
  mock.mockRejectedValueOnce = v => mock.mockImplementationOnce(() => Promise.reject(v));
  mock.mockReturnThis = () => mock.mockImplementation(function () { return this; });
  registry.push(mock);
  return mock;
}

function isMockFunction(f) {
  return typeof f === 'function' && f._isMockFunction === true;
}

function spyOn(object, methodName, accessType) {
  if (object == null) throw new TypeError('Cannot use spyOn on a ' + object + ' value');
  if (accessType === 'get' || accessType === 'set') return spyOnAccessor(object, methodName, accessType);
  let original = object[methodName];
  if (isMockFunction(original)) return original;
  if (typeof original !== 'function') {
    throw new TypeError('Cannot spy on the ' + String(methodName) + ' property because it is not a function; ' +
      typeof original + ' given instead');
  }
  let wasOwn = Object.prototype.hasOwnProperty.call(object, methodName);
  let spy = fn(function () {
    return original.apply(this, arguments);
  });
  let reset = spy.mockReset;
  spy.mockReset = () => {
    reset();
    spy.mockImplementation(function () { return original.apply(this, arguments); });
    return spy;
  };
  if (namespaces.isNamespace(object)) {
    if (!namespaces.rebind(object, methodName, spy)) {
      throw new TypeError('Cannot spy on export ' + String(methodName) + ': the module namespace is read-only and ' +
        'belongs to no ES module llrt loaded; use jest.mock() for that module instead');
    }
    spy.mockRestore = () => {
      reset();
      namespaces.rebind(object, methodName, original);
    };
    return spy;
  }
  spy.mockRestore = () => {
    reset();
    if (wasOwn) object[methodName] = original;
    else delete object[methodName];
  };
  try {
    object[methodName] = spy;
  } catch (e) {
    // a read-only property in strict code: below says why in Jest's words
  }
  if (object[methodName] !== spy) {
    throw new TypeError('Cannot spy on the ' + String(methodName) + ' property because it is not writable');
  }
  return spy;
}

function spyOnAccessor(object, prop, accessType) {
  let owner = object;
  let descriptor;
  while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, prop))) owner = Object.getPrototypeOf(owner);
  if (!descriptor || typeof descriptor[accessType] !== 'function') {
    throw new TypeError(String(prop) + ' property does not have access type ' + accessType);
  }
  let original = descriptor[accessType];
  let spy = fn(function () {
    return original.apply(this, arguments);
  });
  let patched = Object.assign({}, descriptor, { configurable: true });
  patched[accessType] = spy;
  Object.defineProperty(object, prop, patched);
  spy.mockRestore = () => {
    if (owner === object) Object.defineProperty(object, prop, descriptor);
    else delete object[prop];
  };
  return spy;
}

function clearAllMocks() {
  registry.forEach(m => m.mockClear());
}

function resetAllMocks() {
  registry.forEach(m => m.mockReset());
}

function restoreAllMocks() {
  registry.forEach(m => m.mockRestore && m.mockRestore());
}

exports.fn = fn;
exports.spyOn = spyOn;
exports.isMockFunction = isMockFunction;
exports.clearAllMocks = clearAllMocks;
exports.resetAllMocks = resetAllMocks;
exports.restoreAllMocks = restoreAllMocks;
