import { describe, expect, it, vi } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { createContact } from "./testing";
import { form, session, signIn } from "@/tests/actions";
import { testDb } from "@/tests/db";

// Quiet hours through the three forms' server actions. Only the session, the request headers and Next's
// cache are faked: the action wrapper, the schemas and the audited writes are real.
vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
vi.mock("next/headers", async () => (await import("@/tests/actions")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/actions")).cacheModule);

const { setMyQuietHoursAction } = await import("./actions");
const { updateUserAction } = await import("@/lib/users/actions");
const { updateContactAction } = await import("@/lib/contacts/actions");

const db = testDb();

const quietOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { quietStart: true, quietEnd: true } });

const auditOf = (targetId: string, action: string) =>
  db.auditLog.findMany({
    where: { targetId, action },
    orderBy: { id: "asc" },
    select: { actorId: true, before: true, after: true },
  });

describe("my quiet hours", () => {
  it("a USER sets their own, crossing midnight, audited; turning them off stores null", async () => {
    const me = await signIn("USER");
    const saved = await setMyQuietHoursAction(
      {},
      form({ quietHours: "on", quietStart: "1320", quietEnd: "420" }),
    );
    expect(saved).toEqual({ ok: true, message: "saved" });
    expect(await quietOf(me.id)).toEqual({ quietStart: 1320, quietEnd: 420 });

    expect(await setMyQuietHoursAction({}, form({}))).toMatchObject({ ok: true });
    expect(await quietOf(me.id)).toEqual({ quietStart: null, quietEnd: null });
    expect(await auditOf(me.id, "user.quiet-hours.update")).toEqual([
      {
        actorId: me.id,
        before: { quietStart: null, quietEnd: null },
        after: { quietStart: 1320, quietEnd: 420 },
      },
      {
        actorId: me.id,
        before: { quietStart: 1320, quietEnd: 420 },
        after: { quietStart: null, quietEnd: null },
      },
    ]);
  });

  it("refuses equal start and end with a field error, writing nothing", async () => {
    const me = await signIn("USER");
    const refused = await setMyQuietHoursAction(
      {},
      form({ quietHours: "on", quietStart: "600", quietEnd: "600" }),
    );
    expect(refused).toEqual({ errors: { quietEnd: ["quietHoursEmpty"] }, message: "checkFields" });
    expect(await quietOf(me.id)).toEqual({ quietStart: null, quietEnd: null });
    expect(await auditOf(me.id, "user.quiet-hours.update")).toEqual([]);
  });

  it("a USER cannot set someone else's: the action takes no id, an id sent along changes only their own", async () => {
    const other = await createUser(db);
    const me = await signIn("USER");
    await setMyQuietHoursAction(
      {},
      form({ id: other.id, userId: other.id, quietHours: "on", quietStart: "0", quietEnd: "360" }),
    );
    expect(await quietOf(other.id)).toEqual({ quietStart: null, quietEnd: null });
    expect(await quietOf(me.id)).toEqual({ quietStart: 0, quietEnd: 360 });
    expect(await auditOf(other.id, "user.quiet-hours.update")).toEqual([]);
  });

  it("asks to sign in when there is no session", async () => {
    session.viewer = null;
    await expect(setMyQuietHoursAction({}, form({ quietHours: "on" }))).rejects.toThrow("NEXT_REDIRECT");
  });
});

function userForm(user: Awaited<ReturnType<typeof createUser>>, quiet: Record<string, string>) {
  return form({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale === "pt_BR" ? "pt-BR" : "en",
    timeZone: user.timeZone,
    ...quiet,
  });
}

describe("quiet hours set by an administrator", () => {
  it("an admin sets a user's on the edit form, audited with the user.update", async () => {
    const admin = await signIn("ADMIN");
    const user = await createUser(db);
    await expect(
      updateUserAction({}, userForm(user, { quietHours: "on", quietStart: "1380", quietEnd: "360" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`/users/${user.id}?saved=1`) });
    expect(await quietOf(user.id)).toEqual({ quietStart: 1380, quietEnd: 360 });
    expect(await auditOf(user.id, "user.update")).toEqual([
      {
        actorId: admin.id,
        before: { quietStart: null, quietEnd: null },
        after: { quietStart: 1380, quietEnd: 360 },
      },
    ]);
  });

  it("the edit form refuses equal times like the user's own, and a USER cannot use it", async () => {
    await signIn("ADMIN");
    const user = await createUser(db);
    const refused = await updateUserAction(
      {},
      userForm(user, { quietHours: "on", quietStart: "0", quietEnd: "0" }),
    );
    expect(refused).toEqual({ errors: { quietEnd: ["quietHoursEmpty"] }, message: "checkFields" });

    await signIn("USER");
    await expect(
      updateUserAction({}, userForm(user, { quietHours: "on", quietStart: "0", quietEnd: "60" })),
    ).rejects.toThrow("403");
    expect(await quietOf(user.id)).toEqual({ quietStart: null, quietEnd: null });
  });

  it("an admin sets a contact's and turns them off again, each change audited as contact.update", async () => {
    const admin = await signIn("ADMIN");
    const contact = await createContact(db);
    const contactForm = (quiet: Record<string, string>) =>
      form({
        id: contact.id,
        name: contact.name,
        email: contact.email,
        locale: "en",
        timeZone: "America/Sao_Paulo",
        digestHour: "8",
        ...quiet,
      });
    const quietOfContact = () =>
      db.contact.findUniqueOrThrow({
        where: { id: contact.id },
        select: { quietStart: true, quietEnd: true },
      });

    expect(
      await updateContactAction({}, contactForm({ quietHours: "on", quietStart: "1320", quietEnd: "420" })),
    ).toEqual({ ok: true, message: "saved" });
    expect(await quietOfContact()).toEqual({ quietStart: 1320, quietEnd: 420 });
    expect(await updateContactAction({}, contactForm({ quietStart: "1320", quietEnd: "420" }))).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await quietOfContact()).toEqual({ quietStart: null, quietEnd: null });
    const audit = await auditOf(contact.id, "contact.update");
    expect(audit.map((entry) => entry.actorId)).toEqual([admin.id, admin.id]);
    expect(audit[0]?.after).toMatchObject({ quietStart: 1320, quietEnd: 420 });
    expect(audit[1]).toMatchObject({
      before: { quietStart: 1320, quietEnd: 420 },
      after: { quietStart: null, quietEnd: null },
    });
  });
});
