// The shared render of an event: one per event × locale × time zone, whatever the number of
// recipients, stored in RenderedMessage (the e-mail as sent is that render plus the delivery's personal
// parts). No "server-only": the standalone worker process imports this outside Next.
//
// Two workers may need the same render at once: both render, both INSERT … ON CONFLICT DO NOTHING,
// and both then read the one row that won, so every delivery of the group points at the same render.
import { env } from "@/lib/env";
import type { Database } from "@/lib/db/client";
import { toDbLocale, type AppLocale } from "@/lib/i18n/locales";
import { prepareNotification, type PreparedNotification } from "@/lib/templates/render";
import type { TypeKey } from "@/lib/templates/payloads";
import type { Prisma } from "@/generated/prisma/client";

export interface RenderKey {
  eventId: string;
  locale: AppLocale;
  timeZone: string;
}

export interface SharedRender {
  id: string;
  prepared: PreparedNotification;
  /** The event's origin was TEST: marked as a test send. */
  test: boolean;
}

export const renderKey = (key: RenderKey) => `${key.eventId}|${key.locale}|${key.timeZone}`;

/** Where the e-mails' footer links point (the same as lib/templates/preview.ts's appLinks). */
export function preferencesUrl(): string {
  return `${env.APP_URL.replace(/\/+$/, "")}/me/notifications`;
}

/** Recently used renders, so the many claims of one large event read its render once. */
export class RenderCache {
  private readonly entries = new Map<string, SharedRender>();
  constructor(private readonly capacity = 200) {}

  get(key: string): SharedRender | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, value: SharedRender) {
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

interface EventRow {
  id: string;
  typeKey: string;
  payload: Prisma.JsonValue;
  origin: "API" | "UI" | "SYSTEM" | "TEST";
}

async function readStored(db: Database, keys: RenderKey[], events: Map<string, EventRow>) {
  const rows = await db.renderedMessage.findMany({
    where: {
      kind: "EVENT",
      OR: keys.map((key) => ({
        eventId: key.eventId,
        locale: toDbLocale(key.locale),
        timeZone: key.timeZone,
      })),
    },
    select: { id: true, eventId: true, locale: true, timeZone: true, content: true },
  });
  const found = new Map<string, SharedRender>();
  for (const row of rows) {
    const key = keys.find(
      (candidate) =>
        candidate.eventId === row.eventId &&
        toDbLocale(candidate.locale) === row.locale &&
        candidate.timeZone === row.timeZone,
    );
    if (!key || !row.eventId) continue;
    found.set(renderKey(key), {
      id: row.id,
      prepared: row.content as unknown as PreparedNotification,
      test: events.get(row.eventId)?.origin === "TEST",
    });
  }
  return found;
}

/**
 * The shared render for each key: from the cache, the table, or rendered now and stored. A key whose
 * event cannot be rendered maps to the Error (its deliveries fail; retrying would not help).
 */
export async function sharedRenders(
  db: Database,
  keys: RenderKey[],
  cache: RenderCache,
): Promise<Map<string, SharedRender | Error>> {
  const result = new Map<string, SharedRender | Error>();
  const unique = new Map(keys.map((key) => [renderKey(key), key]));
  const missing = [...unique.entries()].filter(([id]) => {
    const cached = cache.get(id);
    if (cached) result.set(id, cached);
    return !cached;
  });
  if (missing.length === 0) return result;

  const eventIds = [...new Set(missing.map(([, key]) => key.eventId))];
  const events = new Map(
    (
      await db.event.findMany({
        where: { id: { in: eventIds } },
        select: { id: true, typeKey: true, payload: true, origin: true },
      })
    ).map((event) => [event.id, event as EventRow]),
  );
  const missingKeys = missing.map(([, key]) => key);
  let stored = await readStored(db, missingKeys, events);

  const toRender = missingKeys.filter((key) => !stored.has(renderKey(key)));
  if (toRender.length > 0) {
    const overrides = await db.templateOverride.findMany({
      where: {
        typeKey: { in: [...new Set(toRender.flatMap((key) => events.get(key.eventId)?.typeKey ?? []))] },
      },
      select: { typeKey: true, locale: true, subject: true, intro: true },
    });
    const rendered = await Promise.all(
      toRender.map(async (key) => {
        const event = events.get(key.eventId);
        if (!event) return { key, error: new Error(`Event ${key.eventId} not found`) };
        const override = overrides.find(
          (row) => row.typeKey === event.typeKey && row.locale === toDbLocale(key.locale),
        );
        try {
          const prepared = await prepareNotification({
            typeKey: event.typeKey as TypeKey,
            payload: event.payload,
            locale: key.locale,
            timeZone: key.timeZone,
            override,
            test: event.origin === "TEST",
            links: { preferencesUrl: preferencesUrl() },
          });
          return { key, prepared };
        } catch (error) {
          return { key, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }),
    );
    const ok = rendered.flatMap((entry) => ("prepared" in entry && entry.prepared ? [entry] : []));
    if (ok.length > 0) {
      await db.renderedMessage.createMany({
        data: ok.map(({ key, prepared }) => ({
          kind: "EVENT" as const,
          eventId: key.eventId,
          locale: toDbLocale(key.locale),
          timeZone: key.timeZone,
          content: prepared as unknown as Prisma.InputJsonValue,
        })),
        skipDuplicates: true,
      });
      stored = new Map([
        ...stored,
        ...(await readStored(
          db,
          ok.map((entry) => entry.key),
          events,
        )),
      ]);
    }
    for (const entry of rendered) {
      if ("error" in entry && entry.error) result.set(renderKey(entry.key), entry.error);
    }
  }
  for (const [id, render] of stored) {
    cache.set(id, render);
    result.set(id, render);
  }
  return result;
}
