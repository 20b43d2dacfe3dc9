import { z } from "zod";
import { detailsUrl, person, text, timestamp } from "./blocks";
import { at, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// A major entity created, updated or inactivated, with its field-level changes.
const change = z.object({
  field: text(120),
  before: z.string().max(500).optional(),
  after: z.string().max(500).optional(),
});

export const auditTrailSchemas = {
  "audit-trail.entity-change": z.object({
    entity: z.object({ type: text(60), id: text(64), name: text(200) }),
    operation: z.enum(["created", "updated", "inactivated"]),
    actor: person,
    occurredAt: timestamp,
    changes: z.array(change).max(100),
    detailsUrl,
  }),
} satisfies CategorySchemas<"audit-trail">;

export const auditTrailSamples: CategorySamples<typeof auditTrailSchemas> = {
  "audit-trail.entity-change": {
    entity: { type: "Access group", id: "GRP-0193", name: "DBA – Production" },
    operation: "updated",
    actor: people.carla,
    occurredAt: at,
    changes: [
      { field: "Members", before: "4", after: "5" },
      { field: "Session recording", before: "Enabled", after: "Disabled" },
      { field: "Approval required", before: "Yes", after: "No" },
    ],
    detailsUrl: `${pamConsole}/audit/entities/GRP-0193`,
  },
};
