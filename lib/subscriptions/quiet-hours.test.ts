import { describe, expect, it } from "vitest";
import { createContactSchema } from "@/lib/contacts/schemas";
import { updateUserSchema } from "@/lib/users/schemas";
import { minuteLabel, quietTimeOptions, quietWindow, setQuietHoursSchema } from "./quiet-hours";

function errorsOf(raw: Record<string, unknown>) {
  const result = setQuietHoursSchema.safeParse(raw);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

describe("setQuietHoursSchema", () => {
  it("accepts a window crossing midnight, as the form sends it", () => {
    const input = setQuietHoursSchema.parse({ quietHours: "on", quietStart: "1320", quietEnd: "420" });
    expect(quietWindow(input)).toEqual({ quietStart: 1320, quietEnd: 420 });
  });

  it("accepts a window within one day", () => {
    const input = setQuietHoursSchema.parse({ quietHours: "on", quietStart: "540", quietEnd: "1020" });
    expect(quietWindow(input)).toEqual({ quietStart: 540, quietEnd: 1020 });
  });

  it("refuses equal start and end, on the end field", () => {
    expect(errorsOf({ quietHours: "on", quietStart: "1320", quietEnd: "1320" })).toEqual({
      quietEnd: ["quietHoursEmpty"],
    });
  });

  it("requires both times when on", () => {
    expect(errorsOf({ quietHours: "on" })).toEqual({ quietStart: ["required"], quietEnd: ["required"] });
  });

  it("refuses a time outside the day or not a whole minute", () => {
    expect(errorsOf({ quietHours: "on", quietStart: "1440", quietEnd: "-1" })).toEqual({
      quietStart: ["invalidTime"],
      quietEnd: ["invalidTime"],
    });
    expect(errorsOf({ quietHours: "on", quietStart: "abc", quietEnd: "7.5" })).toEqual({
      quietStart: ["invalidTime"],
      quietEnd: ["invalidTime"],
    });
  });

  it("turns off when the box is not ticked, whatever times come along", () => {
    expect(quietWindow(setQuietHoursSchema.parse({}))).toEqual({ quietStart: null, quietEnd: null });
    const stale = setQuietHoursSchema.parse({ quietStart: "60", quietEnd: "60" });
    expect(quietWindow(stale)).toEqual({ quietStart: null, quietEnd: null });
  });
});

describe("the admin's user and contact forms", () => {
  const user = {
    id: "01a2102b-ebea-7042-a2e9-756435e71679",
    name: "Ana",
    email: "ana@herald.local",
    role: "USER",
    locale: "en",
    timeZone: "America/Sao_Paulo",
  };
  const contact = { name: "SOC", email: "soc@partner.test", locale: "en", timeZone: "UTC", digestHour: "8" };

  it("store the two columns: minutes when on, null when off, and no checkbox field", () => {
    const on = updateUserSchema.parse({ ...user, quietHours: "on", quietStart: "1320", quietEnd: "420" });
    expect(on).toMatchObject({ quietStart: 1320, quietEnd: 420 });
    expect(on).not.toHaveProperty("quietHours");
    expect(createContactSchema.parse({ ...contact, quietStart: "1320", quietEnd: "420" })).toMatchObject({
      quietStart: null,
      quietEnd: null,
    });
  });

  it("refuse equal start and end as the person's own form does", () => {
    const refused = createContactSchema.safeParse({
      ...contact,
      quietHours: "on",
      quietStart: "0",
      quietEnd: "0",
    });
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["quietEnd", "quietHoursEmpty"],
    ]);
    expect(
      updateUserSchema.safeParse({ ...user, quietHours: "on", quietStart: "5", quietEnd: "5" }).success,
    ).toBe(false);
  });
});

describe("quiet time options", () => {
  it("labels minutes as 24-hour local times", () => {
    expect(minuteLabel(0)).toBe("00:00");
    expect(minuteLabel(1320)).toBe("22:00");
    expect(minuteLabel(425)).toBe("07:05");
  });

  it("offers every quarter hour and keeps a stored time off that grid", () => {
    expect(quietTimeOptions(420)).toHaveLength(96);
    const options = quietTimeOptions(425);
    expect(options).toHaveLength(97);
    expect(options.map((option) => option.label).slice(28, 31)).toEqual(["07:00", "07:05", "07:15"]);
  });
});
