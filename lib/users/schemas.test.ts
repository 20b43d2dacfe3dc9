import { describe, expect, it } from "vitest";
import { createUserSchema, preferencesSchema, updateUserSchema } from "./schemas";
import { isSupportedTimeZone, timeZoneOptions, timeZones } from "./time-zones";

const valid = {
  name: "  Ana Admin ",
  email: "  Ana.Admin@Herald.LOCAL ",
  role: "ADMIN",
  locale: "pt-BR",
  timeZone: "America/Sao_Paulo",
  password: "twelve-chars",
};

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("createUserSchema", () => {
  it("trims the name and stores the e-mail trimmed and lower-cased", () => {
    expect(createUserSchema.parse(valid)).toMatchObject({
      name: "Ana Admin",
      email: "ana.admin@herald.local",
    });
  });

  it("reports each invalid field with a common.errors key", () => {
    const result = createUserSchema.safeParse({
      name: " ",
      email: "not-an-email",
      role: "ROOT",
      locale: "fr",
      timeZone: "Mars/Olympus",
      password: "short",
    });
    expect(errorsOf(result)).toEqual({
      name: ["required"],
      email: ["invalidEmail"],
      role: ["invalidChoice"],
      locale: ["invalidChoice"],
      timeZone: ["invalidTimeZone"],
      password: ["passwordTooShort"],
    });
  });

  it("says 'required' (once) for missing fields", () => {
    expect(errorsOf(createUserSchema.safeParse({}))).toMatchObject({
      name: ["required"],
      email: ["required"],
      password: ["passwordTooShort"],
    });
    expect(errorsOf(createUserSchema.safeParse({ ...valid, email: "" })).email).toEqual(["required"]);
  });
});

describe("updateUserSchema", () => {
  it("needs a uuid id and no password", () => {
    const { password: _password, ...fields } = valid;
    expect(errorsOf(updateUserSchema.safeParse({ ...fields, id: "1" })).id).toEqual(["notFound"]);
    expect(
      updateUserSchema.parse({ ...fields, id: "01a2102b-ebea-7042-a2e9-756435e71679" }),
    ).not.toHaveProperty("password");
  });
});

describe("time zones", () => {
  it("accepts UTC and IANA zones only", () => {
    expect(timeZones[0]).toBe("UTC");
    expect(isSupportedTimeZone("Europe/Lisbon")).toBe(true);
    expect(isSupportedTimeZone("utc")).toBe(false);
    expect(preferencesSchema.safeParse({ locale: "en", timeZone: "UTC" }).success).toBe(true);
  });

  it("labels options with the zone's current offset", () => {
    const options = timeZoneOptions(new Date("2026-01-15T12:00:00Z"));
    expect(options.find((option) => option.value === "America/Sao_Paulo")?.label).toBe(
      "America/Sao Paulo (GMT-3)",
    );
    expect(options[0]).toEqual({ value: "UTC", label: "UTC" });
  });
});
