import { NextResponse } from "next/server";
import { parseInput } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { recipientsParamsSchema } from "@/lib/api/operations/subscriptions";
import { findType } from "@/lib/catalog/definitions";
import { db } from "@/lib/db";
import { withEnglishErrors } from "@/lib/subscriptions/api";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";

type Params = { key: string };

// GET /api/v1/catalog/{key}/recipients – who a notification of this type would reach now, and why
export const GET = withApi<Params>(
  async ({ params }) => {
    const { key } = parseInput(recipientsParamsSchema, params, "Invalid type key");
    return withEnglishErrors(async () => {
      const recipients = await resolveRecipients(db, { typeKey: key });
      const mandatory = findType(key)?.mandatory ?? false;
      return NextResponse.json({ data: { typeKey: key, mandatory, count: recipients.length, recipients } });
    });
  },
  { scope: "subscriptions:read" },
);
