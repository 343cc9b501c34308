// The module body fails with an error of its own: Lambda reports it under its own name, message unprefixed.
throw new TypeError('settings missing');
