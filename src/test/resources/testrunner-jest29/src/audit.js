// Writes an audit line per request; tests replace it with the manual mock in src/__mocks__/audit.js
export function audit(event, detail) {
  process.stdout.write(`${new Date().toISOString()} ${event} ${JSON.stringify(detail)}\n`);
  return true;
}
