// The soak benchmark's handler (bench/soak): a small answer built from the event, or, when the event names a URL,
// one fetch of a JSON document from the harness's local server and a figure computed from it.
export const handler = async event => {
  if (event.url) {
    const response = await fetch(event.url);
    const data = await response.json();
    return { n: event.n, items: data.items.length, sum: data.items.reduce((total, item) => total + item.v, 0) };
  }
  const words = [];
  for (let i = 0; i < 20; i++) words.push(`w${i}-${event.n}`);
  return { n: event.n, text: words.join(' '), at: new Date().toISOString() };
};
