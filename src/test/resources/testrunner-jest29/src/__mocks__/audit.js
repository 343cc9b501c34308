// Manual mock of ../audit.js: jest.mock('../src/audit') without a factory picks it up.
export const lines = [];
export function audit(event, detail) {
  lines.push([event, detail]);
  return false;
}
