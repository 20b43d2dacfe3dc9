import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getListeners } from "./queries";
import { readListeners } from "./read";

describe("readListeners on this host", () => {
  let server: net.Server;
  let client: net.Socket;
  let serverSide: net.Socket | undefined;
  let port: number;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      serverSide = socket;
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as net.AddressInfo).port;
    client = net.connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => client.once("connect", resolve));
  });

  afterAll(async () => {
    client.destroy();
    serverSide?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("finds a real listening socket as LISTEN and its connection as ESTABLISHED, owned by this process", async () => {
    const snapshot = await readListeners();
    expect(snapshot.available).toBe(true);
    const listening = snapshot.sockets.find((s) => s.state === "LISTEN" && s.localPort === port);
    expect(listening).toMatchObject({ family: "tcp", localAddress: "127.0.0.1", remotePort: 0 });
    expect(listening!.owner?.pid).toBe(process.pid);

    const clientPort = client.localPort!;
    const outgoing = snapshot.sockets.find((s) => s.localPort === clientPort && s.remotePort === port);
    const incoming = snapshot.sockets.find((s) => s.localPort === port && s.remotePort === clientPort);
    expect(outgoing?.state).toBe("ESTABLISHED");
    expect(incoming?.state).toBe("ESTABLISHED");
    expect(outgoing!.owner?.pid).toBe(process.pid);
    expect(snapshot.counts.LISTEN).toBeGreaterThanOrEqual(1);
    expect(snapshot.counts.ESTABLISHED).toBeGreaterThanOrEqual(2);
  });

  it("filters by state and by port (local or remote) for a staff reader", async () => {
    const byPort = await getListeners({ role: "AUDITOR" }, { port });
    expect(byPort.available).toBe(true);
    expect(byPort.sockets.map((s) => s.state).sort()).toEqual(["ESTABLISHED", "ESTABLISHED", "LISTEN"]);
    const listenOnly = await getListeners({ scopes: ["system:read"] }, { state: "LISTEN", port });
    expect(listenOnly.sockets).toHaveLength(1);
    expect(listenOnly.total).toBeGreaterThan(listenOnly.sockets.length);
  });

  it("refuses a plain user and a key without system:read", async () => {
    await expect(getListeners({ role: "USER" }, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getListeners({ scopes: ["events:write"] }, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("readListeners without /proc/net", () => {
  it("says the tables are unavailable", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "herald-proc-"));
    expect(await readListeners(root)).toMatchObject({ available: false });
  });

  it("reads whichever table exists and finds no owner it cannot read", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "herald-proc-"));
    await mkdir(path.join(root, "net"));
    await writeFile(
      path.join(root, "net", "tcp6"),
      "  sl  local_address remote_address st\n   0: 00000000000000000000000000000000:0C1C 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 4242 1\n",
    );
    const snapshot = await readListeners(root);
    expect(snapshot).toMatchObject({ available: true, counts: { LISTEN: 1 }, ownersComplete: true });
    if (snapshot.available)
      expect(snapshot.sockets[0]).toMatchObject({ localAddress: "::", localPort: 3100, owner: null });
  });
});
