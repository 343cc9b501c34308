// Values that belong to the process (environment, arguments, pid, paths, clocks): defined when the realm starts in
// a process. A realm the native image holds was bootstrapped, and the embedded SDK imported into it, while the image
// was built; reading such a value then throws and fails the build (realm.PerProcess), so nothing of the build
// machine is frozen into every start. On a JVM, and for every realm after the native executable's first, the realm
// has started already and these run at once.
'use strict';

// target[name] = compute(), as a plain data property, once the process exists. Until then it is whileBuilding()
// when given, else reading it fails.
function define(target, name, compute, whileBuilding) {
  const set = value => Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
  if (native.started()) {
    set(compute());
    return;
  }
  if (whileBuilding) set(whileBuilding());
  else Object.defineProperty(target, name, { configurable: true, enumerable: true, get: () => native.violation(name), set });
  native.whenStarted(() => set(compute()));
}

// The environment while the image is built: empty, each name looked up recorded as assumed unset (a process where one
// is set builds a fresh realm instead: realm.PreparedRealm). After the start it is the process's environment,
// current() (code that kept a reference to it then sees that one).
function environment(current) {
  const assume = key => {
    if (typeof key === 'string') native.assumeUnset(key);
  };
  return new Proxy({}, {
    get(target, key) {
      if (native.started()) return current()[key];
      assume(key);
      return undefined;
    },
    has(target, key) {
      if (native.started()) return key in current();
      assume(key);
      return false;
    },
    getOwnPropertyDescriptor(target, key) {
      if (!native.started()) return assume(key);
      let desc = Object.getOwnPropertyDescriptor(current(), key);
      return desc && { value: desc.value, writable: true, enumerable: true, configurable: true };
    },
    set(target, key, value) {
      if (!native.started()) native.violation(`process.env.${String(key)} = ...`);
      current()[key] = value;
      return true;
    },
    deleteProperty(target, key) {
      if (!native.started()) native.violation(`delete process.env.${String(key)}`);
      return delete current()[key];
    },
    ownKeys() {
      if (!native.started()) native.violation('the names in process.env');
      return Reflect.ownKeys(current());
    },
  });
}

// fn() once the process exists (now, when it does)
const onStart = fn => native.whenStarted(fn);

// What a namespace (`import { env } from 'node:process'`) binds before the start: any use of it fails the build.
// The loader hands importers the real value when the process starts.
function placeholder(name) {
  const fail = () => native.violation(name);
  return new Proxy({}, {
    get: fail, set: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, defineProperty: fail,
    deleteProperty: fail, getPrototypeOf: fail, setPrototypeOf: fail, isExtensible: fail, preventExtensions: fail,
  });
}

module.exports = { define, environment, onStart, placeholder, started: () => native.started() };
