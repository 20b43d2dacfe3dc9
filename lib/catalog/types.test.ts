import { describe, expect, it } from "vitest";
import { NotificationKind, Severity } from "@/generated/prisma/enums";
import { fromDbSeverity, notificationKinds, severities, toDbSeverity } from "./types";

describe("catalog value lists", () => {
  it("derive from the schema's enums: severities in lower case (the API's spelling), kinds as stored", () => {
    expect(severities).toEqual(["info", "low", "medium", "high", "critical"]);
    expect(severities.map(toDbSeverity)).toEqual(Object.values(Severity));
    expect(Object.values(Severity).map(fromDbSeverity)).toEqual(severities);
    expect(notificationKinds).toEqual(Object.values(NotificationKind));
  });
});
