import { greet } from './src/util';
test('greet', () => expect(greet('x')).toBe('Hello, x'));
