"""Tiny HTTP server: GET / and GET /health on PORT (8000); stops cleanly on SIGTERM."""
import json
import os
import signal
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STARTED = time.monotonic()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self._send(200, "application/json", json.dumps({"status": "ok"}) + "\n")
        elif self.path == "/":
            up = time.monotonic() - STARTED
            self._send(200, "text/plain", f"hello from python, up {up:.0f}s\n")
        else:
            self._send(404, "text/plain", "not found\n")

    def _send(self, status, content_type, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        print(f"{self.address_string()} {fmt % args}", flush=True)


def _stop(signum, _frame):
    # `docker stop` sends SIGTERM; as PID 1 Python has no default handler for it
    print(f"{signal.Signals(signum).name} received, stopping", flush=True)
    raise SystemExit(0)


def main():
    port = int(os.environ.get("PORT", "8000"))
    signal.signal(signal.SIGTERM, _stop)
    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    print(f"listening on port {port}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
