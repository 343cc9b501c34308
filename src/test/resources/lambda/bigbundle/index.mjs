// Bundled with a real npm dependency big enough (@babel/parser, ~520 KB) that the bundle passes Babel's 500 KB
// threshold for packing its output onto a few lines; the failure is thrown in another module on a known line.
import { parse } from '@babel/parser';
import { check } from './check.mjs';

export const handler = async (event) => {
  const ast = parse(event.code || '1 + 2');
  console.trace('traced');
  await Promise.resolve();
  return check(ast.program.body.length, event);
};
