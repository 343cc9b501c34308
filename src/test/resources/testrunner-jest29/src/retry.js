// Retries with exponential backoff on timers (what the tests drive with fake timers).
export function retry(fn, { attempts = 3, delayMs = 100 } = {}) {
  return new Promise((resolve, reject) => {
    let n = 0;
    const attempt = () => {
      n++;
      Promise.resolve()
        .then(fn)
        .then(resolve, (err) => {
          if (n >= attempts) reject(err);
          else setTimeout(attempt, delayMs * 2 ** (n - 1));
        });
    };
    attempt();
  });
}
