import { z } from "zod";
import { count, credential, detailsUrl, httpUrl, period, person, text, timestamp } from "./blocks";
import { credentials, pamConsole, people } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// Access requests of the approval workflow: who asks for what, why, for how long, and who decides.
const accessRequest = z.object({
  id: text(64),
  requester: person,
  credential,
  justification: text(2000),
  window: period,
  requestedAt: timestamp,
  approvers: z.array(person).min(1).max(50),
  approvalsRequired: count.min(1),
});

const decision = z.object({ by: person, at: timestamp, comment: text(2000).optional() });

export const accessControlSchemas = {
  "access-control.request-created": z.object({
    request: accessRequest,
    approveUrl: httpUrl,
    rejectUrl: httpUrl,
    detailsUrl,
  }),
  "access-control.request-approved": z.object({ request: accessRequest, decision, detailsUrl }),
  "access-control.request-disapproved": z.object({ request: accessRequest, decision, detailsUrl }),
} satisfies CategorySchemas<"access-control">;

const request = {
  id: "REQ-48213",
  requester: people.bruno,
  credential: credentials.oracle,
  justification: "INC-20931: PIX settlement batch stuck; need to inspect the Oracle listener logs.",
  window: { from: "2026-11-24T14:30:00Z", to: "2026-11-24T16:30:00Z" },
  requestedAt: "2026-11-24T14:03:12Z",
  approvers: [people.carla, people.rafael],
  approvalsRequired: 1,
};

export const accessControlSamples: CategorySamples<typeof accessControlSchemas> = {
  "access-control.request-created": {
    request,
    approveUrl: `${pamConsole}/workflow/requests/REQ-48213/approve`,
    rejectUrl: `${pamConsole}/workflow/requests/REQ-48213/reject`,
    detailsUrl: `${pamConsole}/workflow/requests/REQ-48213`,
  },
  "access-control.request-approved": {
    request,
    decision: {
      by: people.carla,
      at: "2026-11-24T14:09:40Z",
      comment: "Approved for the incident window only.",
    },
    detailsUrl: `${pamConsole}/workflow/requests/REQ-48213`,
  },
  "access-control.request-disapproved": {
    request,
    decision: {
      by: people.rafael,
      at: "2026-11-24T14:11:02Z",
      comment: "Use the read-only log account (svc-logs) instead of oracle.",
    },
    detailsUrl: `${pamConsole}/workflow/requests/REQ-48213`,
  },
};
