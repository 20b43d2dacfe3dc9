import { describe, expect, it } from "vitest";
import { groupReach } from "./group-reach";
import type { DeliveryPath, TypeDelivery } from "./types";

function delivery(typeKey: string, paths: DeliveryPath[], muted = false): TypeDelivery {
  return {
    typeKey,
    categoryKey: typeKey.split(".")[0]!,
    mandatory: false,
    paths,
    preference: muted ? { muted: true, mode: null } : null,
    delivered: paths.length > 0 && !muted,
    mode: "IMMEDIATE",
    muted,
    ownTypeSubscription: false,
  };
}

const viaGroup = (groupName: string): DeliveryPath => ({
  reason: { via: "group", groupId: groupName, groupName, target: "category", categoryKey: "devices" },
  mode: "IMMEDIATE",
});
const direct: DeliveryPath = { reason: { via: "direct", target: "type" }, mode: "DIGEST" };

describe("groupReach", () => {
  it("counts each type with a group path once, muted ones included, and names the groups in order", () => {
    const reach = groupReach([
      delivery("devices.a", [viaGroup("Security Operations"), viaGroup("Help Desk")]),
      delivery("devices.b", [viaGroup("Security Operations")], true),
      delivery("devices.c", [direct]),
      delivery("devices.d", []),
    ]);
    expect(reach).toEqual({ types: 2, groups: ["Help Desk", "Security Operations"] });
  });

  it("is empty for a user whose groups subscribe to nothing", () => {
    expect(groupReach([delivery("devices.c", [direct])])).toEqual({ types: 0, groups: [] });
  });
});
