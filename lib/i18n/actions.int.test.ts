import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";

// Only the session, the request headers/cookies and Next's cache are faked: the wrappers, the
// preferences service, the audit and the database are real.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
const jar = vi.hoisted(() => new Map<string, string>());
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth/viewer", () => ({
  requireViewer: async () => {
    if (!session.viewer) throw new Error("NEXT_REDIRECT: sign in");
    return session.viewer;
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }),
  cookies: async () => ({ set: (name: string, value: string) => void jar.set(name, value) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { setLocaleCookieAction, updateOwnLocaleAction } = await import("./actions");

const db = testDb();

function form(locale: string) {
  const data = new FormData();
  data.set("locale", locale);
  return data;
}

describe("language actions", () => {
  it("sign-in page: remembers a supported language in the cookie and ignores anything else", async () => {
    jar.clear();
    await setLocaleCookieAction(undefined, form("pt-BR"));
    expect(jar.get("herald-locale")).toBe("pt-BR");
    await setLocaleCookieAction(undefined, form("fr"));
    await setLocaleCookieAction(undefined, form("en\u0000"));
    expect(jar.get("herald-locale")).toBe("pt-BR");
    expect(revalidated).toContain("/");
  });

  it("account menu: saves the user's language, keeps their zone, audits it, and refuses other values", async () => {
    const user = await createUser(db, { locale: "en", timeZone: "America/Sao_Paulo" });
    session.viewer = { ...user, sessionVersion: 1, disabledAt: null } as Viewer;

    expect(await updateOwnLocaleAction({ locale: "pt-BR" })).toEqual({ ok: true, data: { locale: "pt-BR" } });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } }),
    ).toEqual({ locale: "pt_BR", timeZone: "America/Sao_Paulo" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "user.preferences.update", targetId: user.id },
      select: { actorId: true, after: true },
    });
    expect(audit).toEqual({ actorId: user.id, after: { locale: "pt_BR" } });
    expect(jar.get("herald-locale")).toBe("pt-BR");

    const refused = await updateOwnLocaleAction({ locale: "fr" as "en" });
    expect(refused.ok).toBe(false);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale,
    ).toBe("pt_BR");
  });

  it("account menu: a visitor without a session is sent to sign in", async () => {
    session.viewer = null;
    await expect(updateOwnLocaleAction({ locale: "en" })).rejects.toThrow(/sign in/);
  });
});
