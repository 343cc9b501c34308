// axios (its default http adapter: node:http) against a node:http server the handler starts on loopback: a GET
// with params, a JSON POST, a 404 as axios's error, a refused connection. The server is closed
// before the answer, so nothing stays open between invocations.
import http from 'node:http';
import axios from 'axios';

function start() {
  const server = http.createServer((req, res) => {
    let chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (req.url.startsWith('/item')) {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ url: req.url, method: req.method, ua: req.headers['user-agent'] }));
      } else if (req.url === '/create') {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ received: JSON.parse(body), type: req.headers['content-type'] }));
      } else {
        res.statusCode = 404;
        res.end('nothing at ' + req.url);
      }
    });
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const handler = async (event) => {
  const server = await start();
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const got = await axios.get(`${base}/item`, { params: { id: event.id } });
    const made = await axios.post(`${base}/create`, { name: event.name, n: event.id });
    let missing;
    try {
      await axios.get(`${base}/nope`);
    } catch (e) {
      missing = { isAxiosError: e.isAxiosError, status: e.response.status, data: e.response.data, message: e.message };
    }
    let refused;
    try {
      await axios.get('http://127.0.0.1:1/');
    } catch (e) {
      refused = { code: e.code, message: e.message };
    }
    return { got: { status: got.status, data: got.data }, made: { status: made.status, data: made.data }, missing, refused };
  } finally {
    await new Promise(resolve => server.close(resolve));
  }
};
