import express, { type Express } from "express";

/** The HTTP routes, apart from the listener so tests can call them. */
export function createApp(started: number = Date.now()): Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/orders/:id", (req, res) => {
    res.json({ id: req.params.id, status: "shipped", uptimeMs: Date.now() - started });
  });
  return app;
}
