// express + serverless-http as users deploy them: routes, route params, a JSON body, express's own 404. The event
// is an API Gateway HTTP API (v2) event; the answer is serverless-http's {statusCode, headers, body}.
import express from 'express';
import serverless from 'serverless-http';

const app = express();
app.use(express.json());

app.get('/hello', (req, res) => {
  res.json({ hello: 'world', query: req.query });
});

app.get('/users/:id/books/:book', (req, res) => {
  res.set('x-route', 'books').json({ id: req.params.id, book: req.params.book });
});

app.post('/echo', (req, res) => {
  res.status(201).json({ got: req.body, type: req.get('content-type'), method: req.method });
});

app.get('/text', (req, res) => {
  res.type('text/plain').send('plain ' + req.path);
});

// a malformed JSON body reaches the error handler as body-parser's 400
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.type || err.name, status: err.status });
});

export const handler = serverless(app);
