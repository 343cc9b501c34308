// Babel configuration and small plugins that make modern JavaScript run on Rhino 1.9.1
// (interpreted mode, language version ES6). Each exclusion below was checked on real Rhino:
// exclude a transform only when Rhino runs that syntax natively, because every transform
// costs parse and run time in Rhino's interpreter.
import presetEnv from '@babel/preset-env';
import systemjs from '@babel/plugin-transform-modules-systemjs';
import dynamicImport from '@babel/plugin-transform-dynamic-import';
import objectRestSpread from '@babel/plugin-transform-object-rest-spread';
import exportNamespaceFrom from '@babel/plugin-transform-export-namespace-from';
import unicodeRegex from '@babel/plugin-transform-unicode-regex';

// Syntax Rhino 1.9.1 parses and runs correctly, so Babel leaves it alone. Computed keys in object literals
// (`{[k]: v}`) run natively too but stay lowered: for such a literal Rhino keeps the key's parse node in the
// compiled code, and through its parent links the whole file's syntax tree stays alive for good (11.8 MB of the
// DynamoDB handler's 36 MB live heap, README "Memory").
const NATIVE_ON_RHINO = [
  '@babel/plugin-transform-regenerator', // generators are native: keep them, async lowers onto them
  '@babel/plugin-transform-arrow-functions',
  '@babel/plugin-transform-template-literals', // tagged templates keep identity and .raw
  '@babel/plugin-transform-shorthand-properties',
  '@babel/plugin-transform-object-super',
  '@babel/plugin-transform-for-of', // for (var/let x of iterable) is native; block-scoping rewrites const heads
  '@babel/plugin-transform-sticky-regex',
  '@babel/plugin-transform-dotall-regex',
  '@babel/plugin-transform-unicode-regex',
  '@babel/plugin-transform-unicode-property-regex',
  '@babel/plugin-transform-named-capturing-groups-regex',
  '@babel/plugin-transform-unicode-escapes',
  '@babel/plugin-transform-exponentiation-operator',
  '@babel/plugin-transform-nullish-coalescing-operator',
  '@babel/plugin-transform-logical-assignment-operators',
  '@babel/plugin-transform-numeric-separator',
  '@babel/plugin-transform-optional-catch-binding',
  '@babel/plugin-transform-typeof-symbol',
  '@babel/plugin-transform-function-name',
  '@babel/plugin-transform-literals',
  '@babel/plugin-transform-member-expression-literals',
  '@babel/plugin-transform-property-literals',
  '@babel/plugin-transform-reserved-words',
  '@babel/plugin-transform-json-strings',
  '@babel/plugin-transform-object-rest-spread', // object spread is native; objectRestOnly below lowers the rest
];

// Rhino parses `yield` as an operand only inside parentheses (`f(yield x)` and `[yield a]` are
// syntax errors there), so every yield that is not a whole statement gets its own parentheses.
export function parenthesizeYield({ types: t }) {
  return {
    name: 'llrt-parenthesize-yield',
    visitor: {
      YieldExpression: {
        exit(path) {
          const parent = path.parent;
          if (t.isExpressionStatement(parent) || t.isParenthesizedExpression(parent)) return;
          path.replaceWith(t.parenthesizedExpression(path.node));
          path.skip();
        },
      },
    },
  };
}

// Rhino 1.9.1 runs the finally blocks around `return <expression with a yield>` when the yield suspends, not when the
// function returns: `try { return await x; } finally { ... }` (lowered to `return yield x`) ran the finally block
// before x settled, and with a catch clause ran it twice (engine/return-await-finally.test.js, against Node). The
// value is taken first, `var r = yield x; return r;`, which Rhino runs right; only returns inside such a try move.
export function yieldOutOfReturn({ types: t }) {
  const insideTryFinally = (path) => {
    for (let child = path, parent = path.parentPath; parent && !parent.isFunction(); child = parent, parent = parent.parentPath) {
      if (parent.isTryStatement() && parent.node.finalizer && child.node !== parent.node.finalizer) return true;
    }
    return false;
  };
  const yields = (path) => {
    let found = false;
    path.traverse({
      YieldExpression(p) { found = true; p.stop(); },
      Function(p) { p.skip(); },
    });
    return found || path.isYieldExpression();
  };
  return {
    name: 'llrt-yield-out-of-return',
    visitor: {
      ReturnStatement(path) {
        const argument = path.get('argument');
        if (!path.node.argument || !yields(argument) || !insideTryFinally(path)) return;
        const value = path.scope.generateUidIdentifier('returned');
        path.replaceWith(t.blockStatement([
          t.variableDeclaration('var', [t.variableDeclarator(value, path.node.argument)]),
          t.returnStatement(t.cloneNode(value)),
        ]));
      },
    },
  };
}

// Rhino's Reflect.construct mishandles built-in targets (Error: ClassCastException, Map/Promise:
// "may not be invoked as a function", Array: prototype ignored). Babel's class helpers use it
// whenever it looks native, so route them to a plain `new` + setPrototypeOf instead. (An Error whose
// prototype is replaced keeps a readable `stack`: the runtime's bootstrap.js takes care of that.)
const RHINO_HELPERS = {
  isNativeReflectConstruct: 'function _llrtNoReflectConstruct() { return false; }',
  construct:
    'function _llrtConstruct(Parent, args, Class) {' +
    ' var a = [null]; a.push.apply(a, args);' +
    ' var instance = new (Parent.bind.apply(Parent, a))();' +
    ' if (Class && Class.prototype !== Parent.prototype) {' +
    '  Object.setPrototypeOf(instance, Class.prototype);' +
    ' }' +
    ' return instance; }',
  // `class E extends Base` with Base a built-in error held in a variable (readable-stream's NodeError, Node's own
  // pattern): Babel cannot see it is native, so it calls Base.apply(this, args), and an Error called as a function
  // makes a new error instead of initialising `this`. Kept, that error was the instance without the derived class's
  // prototype: no `code` (ERR_STREAM_PREMATURE_CLOSE...) and no methods. It becomes the instance under that prototype,
  // as Reflect.construct would have made it; every other parent is called as Babel's helper calls it.
  callSuper:
    'function _llrtCallSuper(self, Derived, args) {' +
    ' var Parent = Object.getPrototypeOf(Derived);' +
    ' var result = Parent.apply(self, args || []);' +
    ' if (result !== self && result instanceof Error && !(result instanceof Derived)) {' +
    '  Object.setPrototypeOf(result, Object.getPrototypeOf(self));' +
    ' }' +
    ' if (result && (typeof result === "object" || typeof result === "function")) return result;' +
    ' if (result !== void 0) throw new TypeError("Derived constructors may only return object or undefined");' +
    ' if (self === void 0) throw new ReferenceError("this hasn\'t been initialised - super() hasn\'t been called");' +
    ' return self; }',
};

// Babel's asyncToGenerator runs in Java (dev.llrtj.realm.AsyncDriver, which bootstrap.js installs under this symbol):
// the interpreted helper's step and reactions were 8.5% of a warm AWS SDK call (docs/warm-sdk.md).
const JAVA_ASYNC_TO_GENERATOR = 'globalThis[Symbol.for("llrt.asyncToGenerator")]';
RHINO_HELPERS.asyncToGenerator = `function _llrtAsyncToGenerator(fn) { return ${JAVA_ASYNC_TO_GENERATOR}(fn); }`;

// The helpers as expressions for a shared helpers object (buildSharedHelpers in lower.mjs): there the Java function
// itself is the helper, with no interpreted call in front of it.
export const RHINO_SHARED_HELPER_SOURCES = { ...RHINO_HELPERS, asyncToGenerator: JAVA_ASYNC_TO_GENERATOR };
// With `shared` (the name of a variable holding an object of all helpers, e.g. one module loaded by many files),
// every helper becomes `shared.name` and the names used are listed in file.metadata.llrtHelpers; the caller
// provides the variable. The embedded SDK does so: 60 copies of each class/async helper in as many chunks
// otherwise, parsed again for every chunk a cold start loads.
export function rhinoHelpers({ template, types: t }, { shared } = {}) {
  return {
    name: 'llrt-rhino-helpers',
    pre(file) {
      const used = new Map();
      this.llrtUsed = used;
      if (shared) {
        const names = (file.metadata.llrtHelpers = file.metadata.llrtHelpers || []);
        file.set('helperGenerator', (name) => {
          if (!names.includes(name)) names.push(name);
          return t.memberExpression(t.identifier(shared), t.identifier(name));
        });
        return;
      }
      file.set('helperGenerator', (name) => {
        const source = RHINO_HELPERS[name];
        if (!source) return undefined;
        if (!used.has(name)) {
          const id = file.scope.generateUidIdentifier('llrt_' + name);
          const decl = template.statement.ast(source);
          decl.id = t.cloneNode(id);
          used.set(name, { id, decl });
        }
        return t.cloneNode(used.get(name).id);
      });
    },
    post(file) {
      for (const { decl } of this.llrtUsed.values()) file.path.unshiftContainer('body', decl);
    },
  };
}

// In a CommonJS file Rhino cannot parse `import(x)`. llrt's `require.import` has import()'s real semantics
// (namespaces, top-level await); elsewhere fall back to a require() wrapped like a CommonJS namespace.
export function cjsDynamicImport({ template }) {
  const build = template.expression(
    '(typeof require.import === "function" ? require.import(SPEC) : Promise.resolve().then(function () {' +
      ' var m = require(SPEC); return m && m.__esModule ? m : Object.assign({}, m, { default: m }); }))',
  );
  return {
    name: 'llrt-cjs-dynamic-import',
    visitor: {
      CallExpression(path) {
        if (path.node.callee.type !== 'Import') return;
        const spec = path.node.arguments[0];
        path.replaceWith(build({ SPEC: spec }));
      },
    },
  };
}

// Object spread (`{...a, b}`) is native on Rhino 1.9.1 and runs in Java; Babel's _objectSpread2 helper costs a
// dozen interpreted calls per property (ownKeys, defineProperty, toPropertyKey): 9% of a warm DynamoDB put+get in
// the embedded SDK (docs/warm-sdk.md). So only object rest is lowered, and spread is left alone except in literals
// that also have a computed key: computed-properties (which must lower those, see above) drops spread elements.
export function objectRestOnly(api, options) {
  const plugin = (objectRestSpread.default || objectRestSpread)(api, options);
  const { ObjectExpression: lowerSpread, ...visitor } = plugin.visitor;
  return {
    ...plugin,
    name: 'llrt-object-rest-only',
    visitor: {
      ...visitor,
      ObjectExpression(path, state) {
        if (path.node.properties.some((p) => p.computed)) lowerSpread.call(this, path, state);
      },
    },
  };
}

/**
 * Pass 1 for ES modules: rewrite import/export, import(), import.meta and top-level await.
 * Object rest goes first: once System.register turns top-level declarations into assignments,
 * Babel's rest transform crashes on nested rest with defaults (`{b: {...r} = {}, ...s} = o`).
 * The SystemJS transform silently drops `export * as ns from` unless it is rewritten first.
 */
export const modulePassPlugins = [
  objectRestOnly,
  exportNamespaceFrom,
  dynamicImport,
  [systemjs, { allowTopLevelThis: true }],
];

/** Pass 2 for every file: lower the remaining syntax. */
export function lowerPassOptions({ isModule, sharedHelpers }) {
  return {
    presets: [
      [
        presetEnv,
        {
          // a target old enough that preset-env enables everything; the list above opts out
          targets: { ie: '11' },
          modules: false,
          bugfixes: false,
          exclude: NATIVE_ON_RHINO,
          useBuiltIns: false,
        },
      ],
    ],
    // Optional chaining is native on Rhino, but `o?.f(...args)` needs the spread lowered and the
    // spread transform does not handle optional calls, so optional chains are lowered too.
    assumptions: { noDocumentAll: true },
    plugins: [[rhinoHelpers, { shared: sharedHelpers }], objectRestOnly, ...(isModule ? [] : [cjsDynamicImport])],
  };
}

// Rhino has no Symbol.asyncIterator. Babel's async-iteration helpers then fall back to the
// "@@asyncIterator" key, so user code must use the same key or `for await` finds nothing; once the
// runtime defines the symbol, the `||` picks it and everything agrees on the real symbol.
export function asyncIteratorFallback({ types: t }) {
  return {
    name: 'llrt-async-iterator-fallback',
    visitor: {
      MemberExpression(path) {
        const { node, parent } = path;
        if (node.computed || !t.isIdentifier(node.object, { name: 'Symbol' })) return;
        if (!t.isIdentifier(node.property, { name: 'asyncIterator' })) return;
        if (path.scope.hasBinding('Symbol', { noGlobals: true })) return;
        if (t.isUnaryExpression(parent, { operator: 'typeof' })) return;
        if (t.isAssignmentExpression(parent) && parent.left === node) return;
        if (t.isLogicalExpression(parent, { operator: '||' }) && parent.left === node) return;
        path.replaceWith(t.logicalExpression('||', node, t.stringLiteral('@@asyncIterator')));
        path.skip();
      },
    },
  };
}

// Rhino parses `a, b, c, ...` into a left-deep tree of binary comma nodes and compiles it recursively, so one
// comma expression of a few hundred items (minifiers join whole runs of statements that way; the AWS SDK's schema
// chunks hold sequences of 1,500) overflows a 1 MB thread stack. Regrouping the items into nested parenthesised
// sequences of at most SEQUENCE_GROUP keeps the value and the order and bounds the depth to a few hundred frames.
const SEQUENCE_GROUP = 32;

export function shallowSequences({ types: t }) {
  const regroup = (items) => {
    if (items.length <= SEQUENCE_GROUP) return items;
    const groups = [];
    for (let i = 0; i < items.length; i += SEQUENCE_GROUP) {
      const slice = items.slice(i, i + SEQUENCE_GROUP);
      groups.push(slice.length === 1 ? slice[0] : t.parenthesizedExpression(t.sequenceExpression(slice)));
    }
    return regroup(groups);
  };
  return {
    name: 'llrt-shallow-sequences',
    visitor: {
      SequenceExpression: {
        exit(path) {
          if (path.node.expressions.length <= SEQUENCE_GROUP) return;
          path.node.expressions = regroup(path.node.expressions);
        },
      },
    },
  };
}

// Rhino 1.9.1 runs the u flag alone but rejects it beside i (`/[\da-f]/iu`: "invalid flag 'u and i'", e.g. in
// fast-uri, which ajv loads). Such literals are rewritten without u (regexpu, as Babel does for old browsers); all
// other u regexes stay native. `new RegExp(p, 'iu')` at run time still throws Rhino's SyntaxError.
export function unicodeCaseInsensitiveRegex(api, options) {
  const plugin = (unicodeRegex.default || unicodeRegex)(api, options); // a CommonJS module: its default export
  const rewrite = plugin.visitor.RegExpLiteral;
  return {
    ...plugin,
    name: 'llrt-unicode-case-insensitive-regex',
    visitor: {
      RegExpLiteral(path, state) {
        const flags = path.node.flags;
        if (flags.includes('u') && flags.includes('i')) rewrite.call(this, path, state);
      },
    },
  };
}

/** Pass 3: Rhino-specific rewrites that must see the final tree. */
export const finalPassPlugins = [yieldOutOfReturn, parenthesizeYield, asyncIteratorFallback, shallowSequences, unicodeCaseInsensitiveRegex];
