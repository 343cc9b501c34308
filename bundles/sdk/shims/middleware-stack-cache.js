
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
// What a stack's entries give (their names, their shape) is kept per stack in a summary, valid while its entry arrays
// are unchanged; a clone's summary starts from the summary of the stack it was seeded from where the clone's arrays
// still begin with that stack's entries (a command's entries are then the only ones read at each send).
const __llrtSource = Symbol("llrt.middlewareSource");
const __llrtStacks = new WeakMap();
const __llrtOrders = new Map();
const __llrtMaxOrders = 256;
const __llrtShapes = new WeakMap();
function __llrtInstall(stack, internals) {
  internals.sdkConcat = stack.concat;
  internals.sdkResolve = stack.resolve;
  internals.identifyOnResolve = stack.identifyOnResolve;
  internals.summary = null;
  internals.seededFrom = null;
  __llrtStacks.set(stack, internals);
  stack.concat = (from) => __llrtConcat(stack, internals, from);
  stack.resolve = (handler, context) => __llrtResolve(internals, handler, context);
}
function __llrtConcat(stack, internals, from) {
  // cloneTo asks the stack object itself for identifyOnResolve: only the SDK's own method is known to return the flag
  const summary = stack.identifyOnResolve === internals.identifyOnResolve ? __llrtSummary(internals) : null;
  const names = summary === null ? null : __llrtNames(summary);
  if (names === null) {
    return internals.sdkConcat(from);
  }
  const [, , identifyOnResolve] = internals.entries();
  const cloned = constructStack();
  const clonedInternals = __llrtStacks.get(cloned);
  clonedInternals.seed(summary.absolute.slice(), summary.relative.slice(), names.list);
  // a clone of a clone of... : the chain of summaries one builds on stays short
  clonedInternals.seededFrom = summary.depth < 8 ? summary : null;
  cloned.identifyOnResolve(identifyOnResolve);
  cloned.use(from);
  cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
  return cloned;
}
// A stack's entries as they are now (copies of its arrays) and, computed when first asked, their names and shape.
// Kept while the stack's arrays are the same (every change the SDK makes gives a new array, a new length or a new last
// entry) and no aliases array given to add was changed since (the only part of an entry that is the caller's).
function __llrtSummary(internals) {
  const [absolute, relative] = internals.entries();
  const kept = internals.summary;
  if (kept !== null && kept.absoluteArray === absolute && kept.absolute.length === absolute.length &&
      kept.absolute[kept.absolute.length - 1] === absolute[absolute.length - 1] && kept.relativeArray === relative &&
      kept.relative.length === relative.length && kept.relative[kept.relative.length - 1] === relative[relative.length - 1] &&
      __llrtUnchanged(kept.watched)) {
    return kept;
  }
  // the summary of the nearest stack this one was seeded from whose entries this one still starts with
  let base = internals.seededFrom;
  while (base !== null && !(__llrtStartsWith(absolute, base.absolute) && __llrtStartsWith(relative, base.relative) && __llrtUnchanged(base.watched))) {
    base = base.base;
  }
  const watched = base === null ? [] : base.watched.slice();
  const from = [base === null ? 0 : base.absolute.length, base === null ? 0 : base.relative.length];
  [absolute, relative].forEach((entries, kind) => {
    for (let i = from[kind]; i < entries.length; i++) {
      if (Array.isArray(entries[i].aliases)) {
        watched.push([entries[i].aliases, entries[i].aliases.slice()]);
      }
    }
  });
  internals.summary = {
    absoluteArray: absolute, relativeArray: relative, absolute: absolute.slice(), relative: relative.slice(), base, watched,
    depth: base === null ? 0 : base.depth + 1, names: undefined, shape: undefined,
  };
  return internals.summary;
}
function __llrtStartsWith(entries, prefix) {
  if (prefix.length > entries.length) {
    return false;
  }
  for (let i = 0; i < prefix.length; i++) {
    if (entries[i] !== prefix[i]) {
      return false;
    }
  }
  return true;
}
function __llrtUnchanged(watched) {
  for (let i = 0; i < watched.length; i++) {
    const [array, copy] = watched[i];
    if (array.length !== copy.length) {
      return false;
    }
    for (let j = 0; j < copy.length; j++) {
      if (array[j] !== copy[j]) {
        return false;
      }
    }
  }
  return true;
}
// { list, seen }: the names and aliases of the entries in order when none is shared with an earlier entry (the check
// the SDK's add makes), else null
function __llrtNames(summary) {
  if (summary.names !== undefined) {
    return summary.names;
  }
  const base = summary.base;
  const baseNames = base === null ? { list: [], seen: new Set() } : __llrtNames(base);
  let names = null;
  if (baseNames !== null) {
    const seen = new Set(baseNames.seen);
    const list = baseNames.list.slice();
    names = { list, seen };
    const from = [base === null ? 0 : base.absolute.length, base === null ? 0 : base.relative.length];
    [summary.absolute, summary.relative].forEach((entries, kind) => {
      for (let i = from[kind]; names !== null && i < entries.length; i++) {
        const entry = entries[i];
        const aliases = entry.aliases && !Array.isArray(entry.aliases) ? null : getAllAliases(entry.name, entry.aliases);
        if (aliases === null || aliases.some((alias) => seen.has(alias))) {
          names = null;
          break;
        }
        for (const alias of aliases) {
          seen.add(alias);
          list.push(alias);
        }
      }
    });
  }
  summary.names = names;
  return names;
}
// [absolute part, relative part] of the shape, or null when an entry's fields are not all strings
function __llrtShape(summary) {
  if (summary.shape !== undefined) {
    return summary.shape;
  }
  const base = summary.base;
  const baseShape = base === null ? ["", ""] : __llrtShape(base);
  let shape = null;
  if (baseShape !== null) {
    shape = baseShape.slice();
    const from = [base === null ? 0 : base.absolute.length, base === null ? 0 : base.relative.length];
    [summary.absolute, summary.relative].forEach((entries, kind) => {
      for (let i = from[kind]; shape !== null && i < entries.length; i++) {
        const part = __llrtShapePart(entries[i], kind === 0);
        if (part === null) {
          shape = null;
        } else {
          shape[kind] += part;
        }
      }
    });
  }
  summary.shape = shape;
  return shape;
}
function __llrtResolve(internals, handler, context) {
  const [, , identifyOnResolve] = internals.entries();
  const summary = identifyOnResolve ? null : __llrtSummary(internals);
  const shape = summary === null ? null : __llrtShape(summary);
  if (shape === null) {
    return internals.sdkResolve(handler, context);
  }
  const entries = summary.absolute.concat(summary.relative);
  const key = shape[0] + shape[1];
  let order = __llrtOrders.get(key);
  if (order === undefined) {
    const index = new Map();
    entries.forEach((entry, i) => {
      if (!index.has(entry)) {
        index.set(entry, i);
      }
    });
    order = internals.list().map((normalized) => index.get(normalized[__llrtSource]));
    if (__llrtOrders.size < __llrtMaxOrders) {
      __llrtOrders.set(key, order);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    handler = entries[order[i]].middleware(handler, context);
  }
  return handler;
}
const __llrtIsText = (value) => value === undefined || typeof value === "string";
// One entry's part of the shape (JSON: no two different parts read alike), kept per entry object with a copy of its
// aliases array
function __llrtShapePart(entry, absolute) {
  const kept = __llrtShapes.get(entry);
  if (kept !== undefined && kept.absolute === absolute &&
      (kept.aliases === undefined || __llrtUnchanged([[entry.aliases, kept.aliases]]))) {
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
