// Order ids (random: tests mock this module).
import { randomUUID } from 'node:crypto';

export function v4() {
  return randomUUID();
}
