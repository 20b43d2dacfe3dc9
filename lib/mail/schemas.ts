// Input schemas of the mail settings actions. Validation messages are keys of common.errors.*.
import { z } from "zod";
import { MailTransportName } from "@/generated/prisma/enums";

const transport = z.enum(MailTransportName, { error: "invalidChoice" });

/** A blank form field means "none". */
const blankAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const updateMailSettingsSchema = z
  .object({
    primary: transport,
    secondary: z.preprocess(blankAsNull, transport.nullable()),
    failoverAfter: z.coerce
      .number({ error: "invalidNumber" })
      .int("invalidNumber")
      .min(1, "failoverRange")
      .max(100, "failoverRange"),
    coolDownSeconds: z.coerce
      .number({ error: "invalidNumber" })
      .int("invalidNumber")
      .min(0, "coolDownRange")
      .max(86_400, "coolDownRange"),
    replyTo: z.preprocess(
      blankAsNull,
      z.string().trim().max(254, "tooLong").email("invalidEmail").toLowerCase().nullable(),
    ),
  })
  .refine((input) => input.secondary !== input.primary, {
    path: ["secondary"],
    message: "secondaryIsPrimary",
  });
export type UpdateMailSettingsInput = z.output<typeof updateMailSettingsSchema>;

export const sendTransportTestSchema = z.object({ transport });
export type SendTransportTestInput = z.output<typeof sendTransportTestSchema>;
