// /healthz follows the database: 503 while it cannot be reached, 200 again once it is back,
// without restarting the app. The database "goes away" through a relay the test cuts.
import { afterAll, describe, expect, it } from "vitest";
import { startTcpProxy } from "../support/tcp-proxy";

const real = new URL(process.env.DATABASE_URL!);
const proxy = await startTcpProxy(Number(real.port));
const viaProxy = new URL(real);
viaProxy.port = String(proxy.port);
process.env.DATABASE_URL = viaProxy.toString();
const { loader } = await import("../../app/routes/healthz");

afterAll(() => proxy.close());

async function health() {
  const response = await loader();
  return {
    status: response.status,
    body: await response.json(),
    cache: response.headers.get("Cache-Control"),
  };
}

describe("GET /healthz", () => {
  it("answers 200 while the database answers, 503 while it is gone, and 200 again when it is back", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: "ok", db: "ok" },
      cache: "no-store",
    });
    await proxy.cut();
    expect(await health()).toEqual({
      status: 503,
      body: { status: "error", db: "unreachable" },
      cache: "no-store",
    });
    await proxy.restore();
    expect(await health()).toEqual({
      status: 200,
      body: { status: "ok", db: "ok" },
      cache: "no-store",
    });
  });
});
