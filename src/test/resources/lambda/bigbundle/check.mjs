export function check(count, event) {
  if (event.fail) {
    throw new Error('failed on purpose');
  }
  return { count };
}
