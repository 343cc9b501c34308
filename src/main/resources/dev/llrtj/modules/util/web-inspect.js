// How util.inspect shows the web classes, whose state lives behind prototype getters: as Node prints them,
// an object named after the class holding the visible fields.
'use strict';

const custom = Symbol.for('nodejs.util.inspect.custom');

function inspectAs(name, fields) {
  function Shown() {}
  Object.defineProperty(Shown, 'name', { value: name });
  let shown = Object.create(Shown.prototype);
  Object.keys(fields).forEach(key => {
    shown[key] = fields[key];
  });
  return shown;
}

// proto[custom] shows `fields(instance)` under the instance's class name
function defineInspect(proto, fields) {
  Object.defineProperty(proto, custom, {
    configurable: true,
    writable: true,
    value: function (depth, options, inspect) {
      let name = Object.getPrototypeOf(this).constructor.name;
      return inspectAs(name, fields(this, inspect));
    },
  });
}

module.exports = { custom, inspectAs, defineInspect };
