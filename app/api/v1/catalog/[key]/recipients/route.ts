import { withApi } from "@/lib/api/with-api";
import { operation } from "@/lib/api/operations";
import { findType } from "@/lib/catalog/definitions";
import { db } from "@/lib/db";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";

// GET /api/v1/catalog/{key}/recipients – who a notification of this type would reach now, and why
export const GET = withApi(operation("getTypeRecipients"), async ({ params }) => {
  const recipients = await resolveRecipients(db, { typeKey: params.key });
  const mandatory = findType(params.key)?.mandatory ?? false;
  return { data: { typeKey: params.key, mandatory, count: recipients.length, recipients } };
});
