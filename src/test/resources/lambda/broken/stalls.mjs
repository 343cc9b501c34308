// Init can never finish: the top-level await waits on a promise nothing will settle, and nothing else is pending.
console.log('init starts');
await new Promise(() => {});

export const handler = async () => 'never reached';
