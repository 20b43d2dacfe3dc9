import { describe, expect, it } from "vitest";
import { updateMailSettingsSchema } from "./schemas";

const valid = {
  primary: "RESEND",
  secondary: "SMTP",
  failoverAfter: "3",
  coolDownSeconds: "300",
  replyTo: "",
};
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = updateMailSettingsSchema.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("updateMailSettingsSchema", () => {
  it("reads the form: blanks are none, numbers are coerced, the address lower-cased", () => {
    expect(
      updateMailSettingsSchema.parse({ ...valid, secondary: "", replyTo: " SOC@Bank.example " }),
    ).toEqual({
      primary: "RESEND",
      secondary: null,
      failoverAfter: 3,
      coolDownSeconds: 300,
      replyTo: "soc@bank.example",
    });
  });

  it("names each problem with a common.errors key", () => {
    expect(errorsOf({ ...valid, secondary: "RESEND" })).toEqual({ secondary: "secondaryIsPrimary" });
    expect(errorsOf({ ...valid, primary: "POSTFIX" })).toEqual({ primary: "invalidChoice" });
    expect(errorsOf({ ...valid, failoverAfter: "0" })).toEqual({ failoverAfter: "failoverRange" });
    expect(errorsOf({ ...valid, failoverAfter: "2.5" })).toEqual({ failoverAfter: "invalidNumber" });
    expect(errorsOf({ ...valid, coolDownSeconds: "86401" })).toEqual({ coolDownSeconds: "coolDownRange" });
    expect(errorsOf({ ...valid, coolDownSeconds: "soon" })).toEqual({ coolDownSeconds: "invalidNumber" });
    expect(errorsOf({ ...valid, replyTo: "not an address" })).toEqual({ replyTo: "invalidEmail" });
  });
});
