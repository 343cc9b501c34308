// Init never finishes normally: a timer throws while top-level await still holds the module's evaluation.
setTimeout(() => {
  throw new Error('init timer boom');
}, 5);
await new Promise((resolve) => setTimeout(resolve, 3000));

export const handler = async () => 'never reached';
