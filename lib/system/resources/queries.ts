import "server-only";
import type { z } from "zod";
import type { resourcesResponseSchema } from "@/lib/api/operations/system";
import { authorize, STAFF, type Reader } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import type { DbOrTx } from "@/lib/db/transaction";
import { thresholdRules } from "@/lib/system/thresholds/rules";
import { loadThresholdSettings } from "@/lib/system/thresholds/store";
import type { ResourcesQuery } from "./schemas";

/** A chart keeps at most about this many points: samples are averaged into buckets. */
const MAX_POINTS = 288;

export type ResourcesOverview = z.output<typeof resourcesResponseSchema>["data"];

const round = (value: number) => Math.round(value * 10) / 10;

/** Latest reading, bucketed averages over the last `hours`, and each threshold (as saved, or the seed's) with its state (ADMIN, AUDITOR, system:read). */
export async function getResources(
  viewer: Reader,
  { hours }: ResourcesQuery,
  db: DbOrTx = defaultDb,
): Promise<ResourcesOverview> {
  authorize(viewer, STAFF, "system:read");
  const bucketSeconds = Math.max(60, Math.ceil((hours * 3600) / MAX_POINTS / 60) * 60);
  const [latest, buckets, states, settings] = await Promise.all([
    db.resourceSample.findFirst({ orderBy: { at: "desc" } }),
    db.$queryRaw<{ at: Date; cpu: number; memory: number; diskFree: number }[]>`
      SELECT to_timestamp(floor(extract(epoch FROM at) / ${bucketSeconds}) * ${bucketSeconds}) AS at,
             avg("cpuPercent")::float8 AS cpu, avg("memoryPercent")::float8 AS memory,
             avg("diskFreePercent")::float8 AS "diskFree"
      FROM "ResourceSample"
      WHERE at >= now() - make_interval(hours => ${hours})
      GROUP BY 1 ORDER BY 1`,
    db.thresholdState.findMany({ select: { ruleKey: true, fired: true } }),
    loadThresholdSettings(db),
  ]);
  const fired = new Set(states.filter((s) => s.fired).map((s) => s.ruleKey));
  return {
    hours,
    bucketSeconds,
    latest: latest && {
      host: latest.host,
      at: latest.at.toISOString(),
      cpuPercent: latest.cpuPercent,
      memoryPercent: latest.memoryPercent,
      diskFreePercent: latest.diskFreePercent,
      diskFreeBytes: Number(latest.diskFreeBytes),
      diskTotalBytes: Number(latest.diskTotalBytes),
      volume: latest.volume,
    },
    points: buckets.map((b) => ({
      at: b.at.toISOString(),
      cpu: round(b.cpu),
      memory: round(b.memory),
      diskFree: round(b.diskFree),
    })),
    thresholds: thresholdRules(settings).map((rule) => ({
      key: rule.key,
      metric: rule.metric,
      direction: rule.direction,
      level: rule.level,
      sustainForSeconds: rule.sustainForMs / 1000,
      hysteresisPoints: rule.hysteresis,
      fired: fired.has(rule.key),
    })),
  };
}
