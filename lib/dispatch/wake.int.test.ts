import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { addresses, enqueueTo, eventually, isolatedDatabase, type IsolatedDatabase } from "./worker/testing";
import { AFTER_COMMIT_PAYLOAD, QUEUE_CHANNEL } from "./wake";

// A database of its own: NOTIFY is per database, and other tests' enqueues would be heard here.
let isolated: IsolatedDatabase;
// One connection, so that a setting leaking out of a transaction would reach the next one.
let single: Database;
let listener: Client;
const heard: string[] = [];

beforeAll(async () => {
  isolated = await isolatedDatabase();
  single = createPrismaClient(isolated.url, { max: 1 });
  listener = new Client({ connectionString: isolated.url });
  await listener.connect();
  listener.on("notification", (message) => heard.push(message.payload ?? ""));
  await listener.query(`LISTEN ${QUEUE_CHANNEL}`);
}, 120_000);

afterAll(async () => {
  await listener?.end();
  await single?.$disconnect();
  await isolated?.drop();
});

describe("waking the workers", () => {
  it("wakes them after an event's own commit, with no NOTIFY from inside it, and the trigger still wakes them for a transaction", async () => {
    heard.length = 0;
    const alone = await enqueueTo(single, addresses(2));
    expect(alone.deliveryCount).toBe(2);
    // Notifications arrive in commit order: a NOTIFY from inside the event's transaction would have
    // arrived before the one sent after its commit.
    await eventually(async () => expect(heard).toContain(AFTER_COMMIT_PAYLOAD));
    expect(heard.filter((payload) => payload !== AFTER_COMMIT_PAYLOAD)).toEqual([]);

    // An insert inside a caller's transaction, on the same connection: the setting did not outlive
    // the event's statement, so the trigger wakes the workers when this transaction commits.
    heard.length = 0;
    const joined = await single.$transaction((tx) => enqueueTo(tx, addresses(2)));
    expect(joined.deliveryCount).toBe(2);
    await eventually(async () => expect(heard).toEqual([""]));
  });
});
