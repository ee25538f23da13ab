'use strict';
// The workspace's service: GET /health and GET / on PORT (3000), using the workspace library.
const http = require('node:http');
const { greet } = require('@acme/greeting');

const port = Number(process.env.PORT || 3000);
const started = Date.now();

const server = http.createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(greet('workspace', started) + '\n');
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
