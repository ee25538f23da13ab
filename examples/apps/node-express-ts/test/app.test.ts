import { describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { createApp } from "../src/app";

describe("orders-api", () => {
  it("answers /health with 200", async () => {
    const server = createApp().listen(0);
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    server.close();
    expect(res.status).toBe(200);
  });
});
