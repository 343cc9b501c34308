// DOM events: Event, CustomEvent and EventTarget (listener options once/capture/passive/signal, handleEvent
// objects). There is no tree, so dispatch only reaches the target itself (phase AT_TARGET).
'use strict';

const kState = Symbol('event state');
const kListeners = Symbol('listeners');
// the time origin of event.timeStamp: the process's start, not the native image build's
let origin;
require('llrt:per-process').onStart(() => {
  origin = Date.now();
});

function missingArgs(name) {
  let err = new TypeError(`The "${name}" argument must be specified`);
  err.code = 'ERR_MISSING_ARGS';
  return err;
}

function invalidArgType(name, expected, value) {
  let err = new TypeError(`The "${name}" argument must be an instance of ${expected}. Received ${value === null ? 'null' : typeof value}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function state(event) {
  let s = event !== null && typeof event === 'object' ? event[kState] : undefined;
  if (!s) throw new TypeError('Value of "this" must be of type Event');
  return s;
}

function Event(type, options) {
  if (!(this instanceof Event)) throw new TypeError("Class constructor Event cannot be invoked without 'new'");
  if (arguments.length === 0) throw missingArgs('type');
  options = options || {};
  Object.defineProperty(this, kState, {
    value: {
      type: String(type), bubbles: !!options.bubbles, cancelable: !!options.cancelable, composed: !!options.composed,
      defaultPrevented: false, target: null, currentTarget: null, phase: 0, stop: false, stopImmediate: false,
      inPassive: false, dispatching: false, timeStamp: Date.now() - origin,
    },
  });
  Object.defineProperty(this, 'isTrusted', { value: false, configurable: true });
}

function getter(proto, name, get) {
  Object.defineProperty(proto, name, { configurable: true, enumerable: true, get });
}

getter(Event.prototype, 'type', function () { return state(this).type; });
getter(Event.prototype, 'bubbles', function () { return state(this).bubbles; });
getter(Event.prototype, 'cancelable', function () { return state(this).cancelable; });
getter(Event.prototype, 'composed', function () { return state(this).composed; });
getter(Event.prototype, 'defaultPrevented', function () { return state(this).defaultPrevented; });
getter(Event.prototype, 'target', function () { return state(this).target; });
getter(Event.prototype, 'currentTarget', function () { return state(this).currentTarget; });
getter(Event.prototype, 'srcElement', function () { return state(this).target; });
getter(Event.prototype, 'eventPhase', function () { return state(this).phase; });
getter(Event.prototype, 'timeStamp', function () { return state(this).timeStamp; });
getter(Event.prototype, 'returnValue', function () { return !state(this).defaultPrevented; });
getter(Event.prototype, 'cancelBubble', function () { return state(this).stop; });
Event.prototype.preventDefault = function preventDefault() {
  let s = state(this);
  if (s.cancelable && !s.inPassive) s.defaultPrevented = true;
};
Event.prototype.stopPropagation = function stopPropagation() {
  state(this).stop = true;
};
Event.prototype.stopImmediatePropagation = function stopImmediatePropagation() {
  let s = state(this);
  s.stop = true;
  s.stopImmediate = true;
};
Event.prototype.composedPath = function composedPath() {
  let s = state(this);
  return s.dispatching && s.currentTarget ? [s.currentTarget] : [];
};
[['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]].forEach(entry => {
  Object.defineProperty(Event, entry[0], { value: entry[1], enumerable: true });
  Object.defineProperty(Event.prototype, entry[0], { value: entry[1], enumerable: true });
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

function CustomEvent(type, options) {
  if (arguments.length === 0) throw missingArgs('type');
  Event.call(this, type, options);
  this[kState].detail = options && options.detail !== undefined ? options.detail : null;
}
CustomEvent.prototype = Object.create(Event.prototype, { constructor: { value: CustomEvent, writable: true, configurable: true } });
Object.setPrototypeOf(CustomEvent, Event);
getter(CustomEvent.prototype, 'detail', function () { return state(this).detail; });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

function EventTarget() {
  Object.defineProperty(this, kListeners, { value: new Map() });
}

function listenersOf(target) {
  let map = target[kListeners];
  if (!map) {
    // an object made with Object.create(EventTarget.prototype) or a subclass that skipped the constructor
    map = new Map();
    Object.defineProperty(target, kListeners, { value: map });
  }
  return map;
}

function flatten(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  options = options || {};
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal };
}

EventTarget.prototype.addEventListener = function addEventListener(type, callback, options) {
  if (arguments.length < 2) throw missingArgs(arguments.length ? 'listener' : 'type');
  if (callback === null || callback === undefined) return;
  let opts = flatten(options);
  if (opts.signal !== undefined && opts.signal !== null && opts.signal.aborted) return;
  type = String(type);
  let map = listenersOf(this);
  let list = map.get(type);
  if (!list) map.set(type, (list = []));
  if (list.some(l => l.callback === callback && l.capture === opts.capture)) return;
  let listener = { callback, capture: opts.capture, once: opts.once, passive: opts.passive, removed: false };
  list.push(listener);
  if (opts.signal) {
    let self = this;
    opts.signal.addEventListener('abort', () => self.removeEventListener(type, callback, opts), { once: true });
  }
};

EventTarget.prototype.removeEventListener = function removeEventListener(type, callback, options) {
  let map = listenersOf(this);
  let list = map.get(String(type));
  if (!list) return;
  let capture = flatten(options).capture;
  let index = list.findIndex(l => l.callback === callback && l.capture === capture);
  if (index < 0) return;
  list[index].removed = true;
  list.splice(index, 1);
};

// Node reports a throwing listener as an uncaught exception and goes on with the others
function report(error) {
  globalThis.process.nextTick(() => {
    throw error;
  });
}

EventTarget.prototype.dispatchEvent = function dispatchEvent(event) {
  if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
  let s = state(event);
  if (s.dispatching) {
    let DOMException = require('llrt:dom-exception').DOMException;
    throw new DOMException('The event is already being dispatched', 'InvalidStateError');
  }
  s.dispatching = true;
  s.target = this;
  s.currentTarget = this;
  s.phase = 2;
  let list = listenersOf(this).get(s.type);
  let snapshot = list ? list.slice() : [];
  for (let i = 0; i < snapshot.length && !s.stopImmediate; i++) {
    let listener = snapshot[i];
    if (listener.removed) continue;
    if (listener.once) this.removeEventListener(s.type, listener.callback, { capture: listener.capture });
    s.inPassive = listener.passive;
    try {
      let callback = listener.callback;
      if (typeof callback === 'function') callback.call(this, event);
      else if (callback && typeof callback.handleEvent === 'function') callback.handleEvent(event);
    } catch (e) {
      report(e);
    }
    s.inPassive = false;
  }
  s.dispatching = false;
  s.currentTarget = null;
  s.phase = 0;
  return !s.defaultPrevented;
};
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// an `on<type>` attribute: one listener, registered when first set, whose callback the attribute swaps
function defineEventHandler(proto, type) {
  let slot = Symbol('on' + type);
  Object.defineProperty(proto, 'on' + type, {
    configurable: true,
    enumerable: true,
    get() {
      return this[slot] ? this[slot].handler : null;
    },
    set(value) {
      let handler = typeof value === 'function' ? value : null;
      if (!this[slot]) {
        if (handler === null) return;
        let holder = { handler };
        Object.defineProperty(this, slot, { value: holder });
        this.addEventListener(type, function (event) {
          if (typeof holder.handler === 'function') return holder.handler.call(this, event);
        });
      }
      this[slot].handler = handler;
    },
  });
}

// for built-ins that dispatch events they create themselves (isTrusted true, as Node's own events are)
function trustedEvent(type) {
  let event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

require('llrt:web-inspect').defineInspect(Event.prototype, e => ({
  type: e.type, defaultPrevented: e.defaultPrevented, cancelable: e.cancelable, timeStamp: e.timeStamp,
}));

module.exports = { Event, CustomEvent, EventTarget, defineEventHandler, trustedEvent };
