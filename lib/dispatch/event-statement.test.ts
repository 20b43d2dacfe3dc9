import { describe, expect, it } from "vitest";
import type { Reason } from "@/lib/subscriptions/types";
import { ReasonLists } from "./event-statement";

describe("ReasonLists", () => {
  const viaEvent: Reason = { via: "event" };
  const viaGroup: Reason = { via: "group", groupId: "g1", groupName: "Vault admins", target: "type" };

  it("numbers each distinct list once, in the order first seen", () => {
    const lists = new ReasonLists();
    expect(lists.indexOf([viaGroup])).toBe(0);
    expect(lists.indexOf([viaEvent])).toBe(1);
    expect(lists.indexOf([viaGroup])).toBe(0);
    expect(lists.indexOf([viaEvent, viaGroup])).toBe(2);
    expect(lists.indexOf([viaGroup, viaEvent])).toBe(3);
    expect(JSON.parse(lists.json())).toEqual([
      [viaGroup],
      [viaEvent],
      [viaEvent, viaGroup],
      [viaGroup, viaEvent],
    ]);
  });

  it("shares one list among thousands of recipients given the same reasons", () => {
    const lists = new ReasonLists();
    const shared = [viaGroup];
    const indexes = Array.from({ length: 5_000 }, () => lists.indexOf(shared));
    expect(new Set(indexes)).toEqual(new Set([0]));
    expect(JSON.parse(lists.json())).toHaveLength(1);
  });

  it("tells lists apart by their reasons' identity, not by a prefix of the key", () => {
    const lists = new ReasonLists();
    const many = Array.from({ length: 12 }, (): Reason => ({ via: "event" }));
    // Reasons 1 and 11 would collide in a key made without separators ("1" + "1" = "11").
    expect(lists.indexOf([many[1]!, many[1]!])).not.toBe(lists.indexOf([many[11]!]));
  });
});
