// Hoisting of module mocks in test files, as babel-plugin-jest-hoist and Vitest's hoistMocks do, for `llrt test`.
// In an ES module every static import is linked before any statement runs, so a `jest.mock('./dep')` written
// below `import { x } from './dep'` could never be in place in time. When a module calls jest.mock/vi.mock (or
// unmock, vi.hoisted) at its top level, this rewrites it as Vitest does:
//   import { vi } from 'vitest';            // the test API's imports stay static, first
//   vi.mock('./dep', () => ...);            // the hoisted calls, in their order
//   const _llrtImport0 = await import('./dep');   // every other import, in its order, after them
// and each use of an imported name becomes `_llrtImport0.x`, so it stays a live binding. In a CommonJS file the
// calls only move to the top, above its require()s, as babel-jest does. A file without such a call is left untouched.
import * as babel from '@babel/core';

const t = babel.types;
const TEST_APIS = new Set(['vitest', '@jest/globals', '@vitest/globals']);
const HOISTED = new Set(['mock', 'unmock', 'hoisted', 'enableAutomock', 'disableAutomock', 'deepUnmock']);

/** Cheap test on the source before parsing anything. */
export const mayHoistMocks = (code) => /\b(jest|vi)\s*\.\s*(mock|unmock|hoisted|enableAutomock|disableAutomock|deepUnmock)\s*\(/.test(code);

// `jest` / `vi` as the global the test runner installs, or imported from the test API
function isTestApi(path, node) {
  if (!t.isIdentifier(node) || (node.name !== 'jest' && node.name !== 'vi')) return false;
  const binding = path.scope.getBinding(node.name);
  return !binding || (binding.kind === 'module' && TEST_APIS.has(binding.path.parent.source.value));
}

function hoistedCall(path, node) {
  if (t.isAwaitExpression(node)) node = node.argument;
  return t.isCallExpression(node) && t.isMemberExpression(node.callee) && !node.callee.computed &&
    HOISTED.has(node.callee.property.name) && isTestApi(path, node.callee.object);
}

function isHoisted(path) {
  const node = path.node;
  if (t.isExpressionStatement(node)) return hoistedCall(path, node.expression);
  // const { mockFn } = vi.hoisted(() => ({ mockFn: vi.fn() }))
  return t.isVariableDeclaration(node) && node.declarations.length > 0 &&
    node.declarations.every((d) => d.init && hoistedCall(path, d.init));
}

function memberFor(tmp, imported) {
  const name = t.isStringLiteral(imported) ? imported.value : imported.name;
  return t.isValidIdentifier(name)
    ? t.memberExpression(t.identifier(tmp), t.identifier(name))
    : t.memberExpression(t.identifier(tmp), t.stringLiteral(name), true);
}

// every use of `local` now reads `replacement()` (a fresh node each time)
function rewriteReferences(program, local, replacement) {
  const binding = program.scope.getBinding(local);
  if (!binding) return;
  binding.referencePaths.forEach((ref) => {
    const parent = ref.parentPath;
    if (parent.isObjectProperty() && parent.node.shorthand && parent.node.value === ref.node) {
      parent.node.shorthand = false;
    }
    if (parent.isExportSpecifier()) return;
    ref.replaceWith(replacement());
  });
}

export function hoistMocksPlugin() {
  return {
    name: 'llrt-hoist-mocks',
    visitor: {
      Program(program) {
        const body = program.get('body');
        const hoisted = body.filter(isHoisted);
        if (!hoisted.length) return;
        const apiImports = [];
        const imports = [];
        body.forEach((p) => {
          if (!p.isImportDeclaration() || p.node.importKind === 'type') return;
          (TEST_APIS.has(p.node.source.value) ? apiImports : imports).push(p);
        });
        const dynamic = [];
        imports.forEach((p, i) => {
          const source = t.stringLiteral(p.node.source.value);
          const load = t.awaitExpression(t.callExpression(t.import(), [source]));
          if (!p.node.specifiers.length) {
            dynamic.push(t.expressionStatement(load));
            return;
          }
          const tmp = program.scope.generateUid('llrtImport' + i);
          dynamic.push(t.variableDeclaration('const', [t.variableDeclarator(t.identifier(tmp), load)]));
          p.node.specifiers.forEach((s) => {
            if (t.isImportNamespaceSpecifier(s)) rewriteReferences(program, s.local.name, () => t.identifier(tmp));
            else if (t.isImportDefaultSpecifier(s)) rewriteReferences(program, s.local.name, () => memberFor(tmp, t.identifier('default')));
            else rewriteReferences(program, s.local.name, () => memberFor(tmp, s.imported));
          });
        });
        const front = [...apiImports.map((p) => p.node), ...hoisted.map((p) => p.node), ...dynamic];
        const moved = new Set([...apiImports, ...hoisted, ...imports].map((p) => p.node));
        const rest = program.node.body.filter((n) => !moved.has(n));
        program.node.body = [...front, ...rest];
        program.scope.crawl();
      },
    },
  };
}
