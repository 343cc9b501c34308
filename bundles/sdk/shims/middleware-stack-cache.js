
// ---- appended by llrt's SDK build (bundles/sdk/shims/middleware-stack-cache.js) ----
// Every `send` concatenates the client's middleware stack with the command's (the SDK clones the client's stack entry
// by entry through add/addRelativeTo, lib-dynamodb's commands twice) and resolves the result (normalise, sort by
// step and priority, expand relative entries): ~9% of a warm DynamoDB call in the interpreter (docs/warm-sdk.md).
// Two shortcuts, each taken only where the SDK's own code would give the same result:
// - concat: when no two entries of this stack share a name or alias, cloning it through add/addRelativeTo can only
//   push every entry in order, so the clone starts from copies of this stack's arrays (entries are never changed
//   after they are made, nor handed out: cloneTo and getMiddlewareList give copies); `from` is then applied by the
//   SDK's own `use`, with its overrides, duplicate checks and errors.
// - resolve: the order getMiddlewareList gives is a function of each entry's kind, step, priority, name, aliases,
//   relation and target, in array order (its "shape"); the order found for a shape is kept (256 shapes at most) and
//   the middleware of the stack being resolved is applied in it. The shape is read from the stack at every resolve,
//   so a middleware added, removed or replaced on the client or the command (a plugin after the first send,
//   addRelativeTo, removeByTag...) is a different shape. Entries whose fields are not strings, stacks with
//   identifyOnResolve on, and errors (a relative target not found) take the SDK's own path every time.
const __llrtSource = Symbol("llrt.middlewareSource");
const __llrtStacks = new WeakMap();
const __llrtOrders = new Map();
const __llrtMaxOrders = 256;
const __llrtShapes = new WeakMap();
function __llrtInstall(stack, internals) {
  internals.sdkConcat = stack.concat;
  internals.sdkResolve = stack.resolve;
  internals.identifyOnResolve = stack.identifyOnResolve;
  internals.aliases = null;
  __llrtStacks.set(stack, internals);
  stack.concat = (from) => __llrtConcat(stack, internals, from);
  stack.resolve = (handler, context) => __llrtResolve(internals, handler, context);
}
function __llrtConcat(stack, internals, from) {
  // cloneTo asks the stack object itself for identifyOnResolve: only the SDK's own method is known to return the flag
  const names = stack.identifyOnResolve === internals.identifyOnResolve ? __llrtUniqueNames(internals) : null;
  if (names === null) {
    return internals.sdkConcat(from);
  }
  const [absolute, relative, identifyOnResolve] = internals.entries();
  const cloned = constructStack();
  __llrtStacks.get(cloned).seed(absolute.slice(), relative.slice(), names);
  cloned.identifyOnResolve(identifyOnResolve);
  cloned.use(from);
  cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
  return cloned;
}
// The names and aliases of the stack's entries in order when no entry shares one with an earlier entry (the check
// the SDK's add makes), else null. Kept while the entry arrays are the same (every change of the SDK's makes a new
// array, a new length or a new last entry) and no aliases array given to add was changed since.
function __llrtUniqueNames(internals) {
  const [absolute, relative] = internals.entries();
  const kept = internals.aliases;
  if (kept !== null && kept.absolute === absolute && kept.absoluteLength === absolute.length &&
      kept.absoluteLast === absolute[absolute.length - 1] && kept.relative === relative &&
      kept.relativeLength === relative.length && kept.relativeLast === relative[relative.length - 1] &&
      kept.watched.every(([array, copy]) => __llrtSameStrings(array, copy))) {
    return kept.names;
  }
  const seen = new Set();
  const watched = [];
  let names = [];
  for (const entries of [absolute, relative]) {
    for (const entry of entries) {
      if (entry.aliases && !Array.isArray(entry.aliases)) {
        names = null;
        break;
      }
      if (entry.aliases) {
        watched.push([entry.aliases, entry.aliases.slice()]);
      }
      const aliases = getAllAliases(entry.name, entry.aliases);
      if (aliases.some((alias) => seen.has(alias))) {
        names = null;
        break;
      }
      for (const alias of aliases) {
        seen.add(alias);
        names.push(alias);
      }
    }
    if (names === null) {
      break;
    }
  }
  internals.aliases = {
    absolute, absoluteLength: absolute.length, absoluteLast: absolute[absolute.length - 1],
    relative, relativeLength: relative.length, relativeLast: relative[relative.length - 1], watched, names,
  };
  return names;
}
function __llrtSameStrings(array, copy) {
  if (array.length !== copy.length) {
    return false;
  }
  for (let i = 0; i < copy.length; i++) {
    if (array[i] !== copy[i]) {
      return false;
    }
  }
  return true;
}
function __llrtResolve(internals, handler, context) {
  const [absolute, relative, identifyOnResolve] = internals.entries();
  const shape = identifyOnResolve ? null : __llrtShapeOf(absolute, relative);
  if (shape === null) {
    return internals.sdkResolve(handler, context);
  }
  const entries = absolute.concat(relative);
  let order = __llrtOrders.get(shape);
  if (order === undefined) {
    const index = new Map();
    entries.forEach((entry, i) => {
      if (!index.has(entry)) {
        index.set(entry, i);
      }
    });
    order = internals.list().map((normalized) => index.get(normalized[__llrtSource]));
    if (__llrtOrders.size < __llrtMaxOrders) {
      __llrtOrders.set(shape, order);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    handler = entries[order[i]].middleware(handler, context);
  }
  return handler;
}
function __llrtShapeOf(absolute, relative) {
  let shape = "";
  for (const entry of absolute) {
    const part = __llrtShapePart(entry, true);
    if (part === null) {
      return null;
    }
    shape += part;
  }
  for (const entry of relative) {
    const part = __llrtShapePart(entry, false);
    if (part === null) {
      return null;
    }
    shape += part;
  }
  return shape;
}
const __llrtIsText = (value) => value === undefined || typeof value === "string";
// One entry's part of the shape (JSON: no two different parts read alike), kept per entry object with a copy of its
// aliases array, which is the only part of an entry that can change after it was made (it is the caller's array)
function __llrtShapePart(entry, absolute) {
  const kept = __llrtShapes.get(entry);
  if (kept !== undefined && kept.absolute === absolute && (kept.aliases === undefined || __llrtSameStrings(entry.aliases, kept.aliases))) {
    return kept.part;
  }
  const { step, priority, name, aliases, relation, toMiddleware } = entry;
  if (!__llrtIsText(step) || !__llrtIsText(priority) || !__llrtIsText(name) || !__llrtIsText(relation) ||
      !__llrtIsText(toMiddleware) ||
      (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((alias) => typeof alias === "string")))) {
    return null;
  }
  const part = JSON.stringify(absolute ? ["A", step, priority, name, aliases] : ["R", relation, toMiddleware, name, aliases]);
  __llrtShapes.set(entry, { absolute, part, aliases: aliases === undefined ? undefined : aliases.slice() });
  return part;
}
