import { createApp } from "./app";

const port = Number(process.env.PORT ?? 3000);
const server = createApp().listen(port, () => console.log(`orders-api listening on port ${port}`));

// `docker stop` sends SIGTERM; as PID 1 node has no default handler, so the app closes itself.
function shutdown(signal: string): void {
  console.log(`${signal} received, closing the server`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
