"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { recordAudit } from "@/lib/audit/record";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { enqueueEvent } from "./enqueue";
import { previewDispatchEmail } from "./preview-email";
import { previewRecipients } from "./queries";
import { dispatchEventSchema, previewDispatchEmailSchema, previewDispatchSchema } from "./schemas";

/**
 * Dispatches an event from the UI (ADMIN): the payload is validated against the type's schema (field
 * errors keyed `payload.<path>`), the event and its deliveries are written, and the dispatch is
 * audited in the same transaction. Answers with the event id for a link to its page; `duplicate`
 * when dedup counted it on an earlier event instead (that event's id).
 */
export const dispatchEventAction = authedAction(
  dispatchEventSchema,
  { roles: ADMIN_ONLY },
  async (input, { viewer, actor }) => {
    const result = await db.$transaction(
      async (tx) => {
        const enqueued = await enqueueEvent(
          tx,
          { typeKey: input.typeKey, payload: input.payload, recipients: input.recipients },
          { kind: "UI", userId: viewer.id },
        );
        await recordAudit(tx, actor, {
          action: "event.dispatch",
          targetType: "event",
          targetId: enqueued.eventId,
          after: {
            typeKey: input.typeKey,
            recipients: input.recipients,
            deliveryCount: enqueued.deliveryCount,
            duplicate: enqueued.duplicate,
          },
        });
        return enqueued;
      },
      { timeout: 60_000 },
    );
    return result;
  },
);

/** Who would receive the type, and why (ADMIN): the dispatch form shows it before sending. */
export const previewDispatchAction = authedAction(
  previewDispatchSchema,
  { roles: ADMIN_ONLY },
  (input, { viewer }) =>
    previewRecipients(viewer, { typeKey: input.typeKey, extraRecipients: input.recipients }),
);

/** The e-mail as the dispatch's first recipient would get it (ADMIN): the dispatch form's preview. */
export const previewDispatchEmailAction = authedAction(
  previewDispatchEmailSchema,
  { roles: ADMIN_ONLY },
  (input, { viewer }) =>
    previewDispatchEmail(viewer, {
      typeKey: input.typeKey,
      payload: input.payload,
      extraRecipients: input.recipients,
    }),
);
