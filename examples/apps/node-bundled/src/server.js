'use strict';
// Tiny HTTP server for dockerdsl's real-build tests: GET / and GET /health on PORT (3000).
const http = require('node:http');
const ms = require('ms');

const port = Number(process.env.PORT || 3000);
const started = Date.now();

const server = http.createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}\n');
    return;
  }
  if (req.url === '/') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`hello from node, up ${ms(Date.now() - started)}\n`);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found\n');
});

// `docker stop` sends SIGTERM; as PID 1 node has no default handler, so one is needed.
function shutdown(signal) {
  console.log(`${signal} received, closing the server`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.listen(port, () => console.log(`listening on port ${port}`));
