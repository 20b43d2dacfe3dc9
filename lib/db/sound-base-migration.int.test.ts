// The [4/8] migration against data written before it: a database migrated up to the migration
// before it, filled with rows in the old shapes, then migrated. Its session time zone is São Paulo,
// so a conversion that read the old timestamps in the session's zone would be off by three hours.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { dropDatabase, ensureDatabase } from "./embedded";
import { migrate, readMigrations, type Migration } from "./migrate";

const MIGRATION = "20261202053248_sound_base_timestamptz_and_typed_columns";

const runUrl = new URL(inject("databaseUrl"));
const adminUrl = new URL(runUrl);
adminUrl.pathname = "/postgres";
const name = `herald_sound_base_${randomBytes(4).toString("hex")}`;
const url = new URL(runUrl);
url.pathname = `/${name}`;

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function rows<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return withClient(async (client) => (await client.query<T>(sql, values)).rows);
}

/** Wall-clock text as Prisma wrote it into TIMESTAMP(3) columns: the UTC time, without a zone. */
const WRITTEN = "2026-03-01 12:34:56.789";
const INSTANT = "2026-03-01T12:34:56.789Z";
const LATER = "2026-03-02 08:00:00.001";

const ids = {
  admin: randomUUID(),
  disabled: randomUUID(),
  ops: randomUUID(),
  opsUpper: randomUUID(),
  opsLower: randomUUID(),
  key: randomUUID(),
  emptyKey: randomUUID(),
  override: randomUUID(),
  orphanOverride: randomUUID(),
};

let migrations: Migration[];

async function writeOldRows() {
  await withClient(async (client) => {
    const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
    await q(
      `INSERT INTO "User" (id, email, name, "passwordHash", "createdAt", "updatedAt", "disabledAt")
       VALUES ($1, 'admin@old.test', 'Old Admin', 'x', $3, $3, NULL),
              ($2, 'gone@old.test', 'Disabled Dora', 'x', $3, $4, $4)`,
      [ids.admin, ids.disabled, WRITTEN, LATER],
    );
    await q(
      `INSERT INTO "LoginAttempt" (email, ip, succeeded, "createdAt") VALUES ('admin@old.test', '::1', true, $1)`,
      [WRITTEN],
    );
    // "Ops" first, then two more spellings of it: only the first keeps its name.
    await q(
      `INSERT INTO "Group" (id, name, "createdAt", "updatedAt")
       VALUES ($1, 'Ops', $4, $4), ($2, 'OPS', $5, $5), ($3, 'ops', $5, $5)`,
      [ids.ops, ids.opsUpper, ids.opsLower, WRITTEN, LATER],
    );
    await q(`INSERT INTO "GroupMember" ("groupId", "userId", "createdAt") VALUES ($1, $2, $3)`, [
      ids.ops,
      ids.admin,
      WRITTEN,
    ]);
    await q(
      `INSERT INTO "Contact" (id, email, name, "createdAt", "updatedAt") VALUES ($1, 'soc@old.test', 'SOC', $2, $2)`,
      [randomUUID(), WRITTEN],
    );
    await q(`INSERT INTO "Category" (key, name, description, position)
             VALUES ('user-behavior', 'User behavior', 'x', 0), ('monitoring', 'Monitoring', 'x', 1)`);
    await q(`INSERT INTO "NotificationType" (key, "categoryKey", name, description, severity, kind, position)
             VALUES ('user-behavior.excessive-views', 'user-behavior', 'Excessive views', 'x', 'high', 'EVENT', 0),
                    ('monitoring.disk-daily', 'monitoring', 'Disk daily', 'x', 'info', 'SCHEDULED_REPORT', 1)`);
    await q(
      `INSERT INTO "Subscription" (id, "groupId", "typeKey", "createdAt", "updatedAt")
       VALUES ($1, $2, 'monitoring.disk-daily', $3, $3)`,
      [randomUUID(), ids.ops, WRITTEN],
    );
    await q(
      `INSERT INTO "Preference" (id, "userId", "typeKey", muted, "updatedAt") VALUES ($1, $2, 'monitoring.disk-daily', true, $3)`,
      [randomUUID(), ids.admin, WRITTEN],
    );
    await q(
      `INSERT INTO "Suppression" (email, reason, "createdAt") VALUES
         ('a@old.test', 'hard bounce', $1), ('b@old.test', 'complaint', $1), ('c@old.test', 'manual', $1),
         ('d@old.test', '550 5.1.1 Bounced: user unknown', $1), ('e@old.test', 'Marked as spam by recipient', $1),
         ('f@old.test', 'Blocked at the SOC''s request', $1)`,
      [WRITTEN],
    );
    await q(
      `INSERT INTO "TemplateOverride" (id, "typeKey", locale, subject, "updatedById", "updatedAt")
       VALUES ($1, 'monitoring.disk-daily', 'en', 'Disk', $3, $5), ($2, 'monitoring.disk-daily', 'pt-BR', 'Disco', $4, $5)`,
      [ids.override, ids.orphanOverride, ids.admin, randomUUID(), WRITTEN],
    );
    await q(
      `INSERT INTO "ApiKey" (id, name, prefix, hash, scopes, "createdById", "createdAt", "lastUsedAt", "revokedAt")
       VALUES ($1, 'Vault', 'hk_old1', 'h1', ARRAY['subscriptions:write', 'catalog:read', 'admin:all', 'catalog:read'], $3, $4, $4, NULL),
              ($2, 'Empty', 'hk_old2', 'h2', ARRAY[]::text[], $3, $4, NULL, $5)`,
      [ids.key, ids.emptyKey, ids.admin, WRITTEN, LATER],
    );
    await q(
      `INSERT INTO "AuditLog" ("actorId", "actorLabel", action, "targetType", "targetId", "createdAt")
       VALUES ($1, 'Old Admin', 'user.disable', 'user', $2, $3)`,
      [ids.admin, ids.disabled, WRITTEN],
    );
    await q(
      `INSERT INTO "MailboxMessage" (id, "to", "from", subject, html, text, "createdAt")
       VALUES ($1, 'a@old.test', 'herald@localhost', 's', 'h', 't', $2)`,
      [randomUUID(), WRITTEN],
    );
  });
}

describe(`migration ${MIGRATION}`, () => {
  beforeAll(async () => {
    await ensureDatabase(adminUrl.toString(), name);
    await withClient((client) =>
      client.query(`ALTER DATABASE "${name}" SET timezone TO 'America/Sao_Paulo'`),
    );
    migrations = await readMigrations();
    const index = migrations.findIndex((migration) => migration.name === MIGRATION);
    expect(index).toBeGreaterThan(0);
    await migrate(url.toString(), migrations.slice(0, index));
    await writeOldRows();
    expect(await migrate(url.toString(), migrations.slice(0, index + 1))).toEqual([MIGRATION]);
  });
  afterAll(() => dropDatabase(adminUrl.toString(), name));

  it("leaves no timestamp without a time zone, and keeps every instant as the UTC it was written in", async () => {
    const naive = await rows<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(naive).toEqual([]);

    const iso = (sql: string, values: unknown[] = []) =>
      rows<{ at: Date | null }>(sql, values).then((result) =>
        result.map((row) => row.at?.toISOString() ?? null),
      );
    expect(await iso(`SELECT "createdAt" AS at FROM "User" ORDER BY email`)).toEqual([INSTANT, INSTANT]);
    expect(await iso(`SELECT "disabledAt" AS at FROM "User" ORDER BY email`)).toEqual([
      null,
      "2026-03-02T08:00:00.001Z",
    ]);
    for (const [table, column] of [
      ["LoginAttempt", "createdAt"],
      ["GroupMember", "createdAt"],
      ["Contact", "createdAt"],
      ["Subscription", "updatedAt"],
      ["Preference", "updatedAt"],
      ["Suppression", "createdAt"],
      ["TemplateOverride", "updatedAt"],
      ["AuditLog", "createdAt"],
      ["MailboxMessage", "createdAt"],
    ]) {
      // (The group renames below wrote audit entries of their own, at migration time.)
      const where = table === "AuditLog" ? `WHERE "targetType" = 'user'` : "";
      const instants = await iso(`SELECT DISTINCT "${column}" AS at FROM "${table}" ${where}`);
      expect(instants, `${table}.${column}`).toEqual([INSTANT]);
    }
    expect(await iso(`SELECT "revokedAt" AS at FROM "ApiKey" WHERE id = $1`, [ids.emptyKey])).toEqual([
      "2026-03-02T08:00:00.001Z",
    ]);
    // The same instant read back in the session's zone: São Paulo is three hours behind UTC.
    expect(
      await rows(
        `SELECT to_char("createdAt", 'HH24:MI:SS.MS') AS local FROM "AuditLog" WHERE "targetType" = 'user'`,
      ),
    ).toEqual([{ local: "09:34:56.789" }]);
  });

  it("maps severities to upper case and marks the restricted types", async () => {
    expect(await rows(`SELECT key, severity::text, restricted FROM "NotificationType" ORDER BY key`)).toEqual(
      [
        { key: "monitoring.disk-daily", severity: "INFO", restricted: false },
        { key: "user-behavior.excessive-views", severity: "HIGH", restricted: true },
      ],
    );
    expect(await rows(`SELECT enum_range(NULL::"Severity")::text AS values`)).toEqual([
      { values: "{INFO,LOW,MEDIUM,HIGH,CRITICAL}" },
    ]);
  });

  it("turns free-text suppression reasons into the enum, keeping any text it had to interpret", async () => {
    expect(await rows(`SELECT email, reason::text, note FROM "Suppression" ORDER BY email`)).toEqual([
      { email: "a@old.test", reason: "HARD_BOUNCE", note: null },
      { email: "b@old.test", reason: "COMPLAINT", note: null },
      { email: "c@old.test", reason: "MANUAL", note: null },
      { email: "d@old.test", reason: "HARD_BOUNCE", note: "550 5.1.1 Bounced: user unknown" },
      { email: "e@old.test", reason: "COMPLAINT", note: "Marked as spam by recipient" },
      { email: "f@old.test", reason: "MANUAL", note: "Blocked at the SOC's request" },
    ]);
  });

  it("types API key scopes, each known one once in the enum's order, dropping those that granted nothing", async () => {
    expect(await rows(`SELECT name, scopes::text[] AS scopes FROM "ApiKey" ORDER BY name`)).toEqual([
      { name: "Empty", scopes: [] },
      { name: "Vault", scopes: ["CATALOG_READ", "SUBSCRIPTIONS_WRITE"] },
    ]);
  });

  it("links template overrides to their author, dropping an author id that names no user", async () => {
    expect(await rows(`SELECT id, "updatedById" FROM "TemplateOverride" ORDER BY locale`)).toEqual([
      { id: ids.override, updatedById: ids.admin },
      { id: ids.orphanOverride, updatedById: null },
    ]);
  });

  it("renames groups whose names differed only in case, oldest first, and audits each rename", async () => {
    const groups = await rows<{ id: string; name: string }>(
      `SELECT id, name FROM "Group" ORDER BY "createdAt", id`,
    );
    const renamed = (id: string, old: string) => `${old} (${id.slice(0, 8)})`;
    expect(new Map(groups.map((group) => [group.id, group.name]))).toEqual(
      new Map([
        [ids.ops, "Ops"],
        [ids.opsUpper, renamed(ids.opsUpper, "OPS")],
        [ids.opsLower, renamed(ids.opsLower, "ops")],
      ]),
    );
    const entries = await rows(
      `SELECT "actorId", action, "targetId", before, after FROM "AuditLog" WHERE "targetType" = 'group' ORDER BY "targetId"`,
    );
    expect(entries).toEqual(
      [
        [ids.opsUpper, "OPS"],
        [ids.opsLower, "ops"],
      ]
        .sort(([a], [b]) => a!.localeCompare(b!))
        .map(([id, old]) => ({
          actorId: null,
          action: "group.update",
          targetId: id,
          before: { name: old },
          after: { name: renamed(id!, old!) },
        })),
    );
    await expect(
      rows(`INSERT INTO "Group" (id, name, "updatedAt") VALUES ($1, 'oPs', now())`, [randomUUID()]),
    ).rejects.toThrow(/Group_name_key/);
  });

  it("makes the delete rules explicit: RESTRICT where SET NULL contradicted a CHECK or the audit trigger", async () => {
    const rules = await rows<{ name: string; rule: string }>(
      `SELECT conname AS name, confdeltype AS rule FROM pg_constraint
       WHERE contype = 'f' AND conname IN ('Subscription_typeKey_fkey', 'Subscription_categoryKey_fkey',
         'AuditLog_actorId_fkey', 'TemplateOverride_updatedById_fkey', 'ApiKey_createdById_fkey',
         'Preference_typeKey_fkey', 'TemplateOverride_typeKey_fkey', 'NotificationType_categoryKey_fkey')
       ORDER BY conname`,
    );
    expect(rules).toHaveLength(8);
    expect(rules.every((rule) => rule.rule === "r")).toBe(true);
    await expect(rows(`DELETE FROM "User" WHERE id = $1`, [ids.admin])).rejects.toThrow(
      /foreign key constraint/,
    );
  });

  it("lets every later migration apply on top", async () => {
    const later = migrations.slice(migrations.findIndex((migration) => migration.name === MIGRATION) + 1);
    expect(await migrate(url.toString(), migrations)).toEqual(later.map((migration) => migration.name));
  });
});
