import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { entryPointOf } from "@/lib/api/entry-point";

const viewer: Viewer = {
  id: "0190a0a0-0000-7000-8000-000000000001",
  email: "ana@example.test",
  name: "Ana",
  role: "ADMIN",
  locale: "en",
  timeZone: "UTC",
  digestHour: 8,
  sessionVersion: 1,
  disabledAt: null,
};
vi.mock("@/lib/auth/viewer", () => ({ requireViewer: async () => viewer }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { authedAction, authedFormAction } = await import("./authed-action");

const schema = z.object({ name: z.string().min(1, "required"), tags: z.array(z.string()).default([]) });

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("authedFormAction", () => {
  const run = vi.fn(async () => ({ ok: true }));
  const action = authedFormAction(schema, { roles: ["ADMIN"] }, run);

  // (FormData itself turns lone surrogates into U+FFFD, so only control characters can arrive here.)
  it("refuses NUL bytes and control characters per field before the schema or the action", async () => {
    for (const bad of ["a\u0000b", "\u0007", "\u001b[2J"]) {
      expect(await action({}, form([["name", bad]]))).toEqual({
        errors: { name: ["invalidCharacters"] },
        message: "checkFields",
      });
    }
    expect(
      await action(
        {},
        form([
          ["name", "ok"],
          ["tags", "fine"],
          ["tags", "\u0000"],
        ]),
      ),
    ).toEqual({
      errors: { "tags.1": ["invalidCharacters"] },
      message: "checkFields",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with parsed input otherwise, and is marked as an action with its roles", async () => {
    expect(await action({}, form([["name", "Ana\tSouza"]]))).toEqual({ ok: true });
    expect(run).toHaveBeenCalledWith({ name: "Ana\tSouza", tags: [] }, expect.objectContaining({ viewer }));
    expect(entryPointOf(action)).toEqual({ kind: "action", roles: ["ADMIN"] });
  });
});

describe("authedAction", () => {
  it("answers BAD_REQUEST with the field for unsafe text, and never runs", async () => {
    const run = vi.fn(async () => "done");
    const action = authedAction(schema, {}, run);
    expect(await action({ name: "x\ud800" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await action({ name: "x\u0000" })).toEqual({
      ok: false,
      error: { code: "BAD_REQUEST", message: "checkFields", fields: { name: ["invalidCharacters"] } },
    });
    expect(run).not.toHaveBeenCalled();
    expect(await action({ name: "fine" })).toEqual({ ok: true, data: "done" });
    expect(entryPointOf(action)).toEqual({ kind: "action", roles: null });
  });
});
