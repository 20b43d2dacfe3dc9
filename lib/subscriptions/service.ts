import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { targetId } from "./policy";
import { assertAllowedForType, readPreferences, writePreference } from "./preferences";
import type { CopySubscriptionsInput, ReplaceSubscriptionsInput, SetSubscriptionInput } from "./schemas";
import { inTransaction, type DbOrTx } from "@/lib/db/transaction";
import { assertKnownTargets, loadSubject } from "./subjects";
import { applySubscriptionSet, assertNoDuplicateTargets, readSubscriptionSet } from "./subscription-set";
import type { PreferenceEntry, Subject, SubscriptionEntry } from "./types";

export interface SubjectSubscriptions {
  subscriptions: SubscriptionEntry[];
  /** Users and contacts only. */
  preferences?: PreferenceEntry[];
}

/**
 * One toggle of the matrix: subscribes the subject to a type or category with a mode, or removes the
 * subscription. Audited as `subscription.create`, `.update` (mode) or `.delete`; nothing is written
 * when nothing changes. Returns the subject's resulting set.
 */
export async function setSubscription(db: DbOrTx, actor: AuditActor, input: SetSubscriptionInput) {
  const { subject, target, subscribed, mode } = input;
  assertKnownTargets([target]);
  return inTransaction(db, async (tx) => {
    await loadSubject(tx, subject);
    const current = await readSubscriptionSet(tx, subject);
    const id = targetId(target);
    const existing = current.find((entry) => targetId(entry) === id);
    const rest = current.filter((entry) => targetId(entry) !== id);
    const desired = subscribed ? [...rest, { ...target, mode }] : rest;
    const change = await applySubscriptionSet(tx, subject, desired);
    if (change.created + change.updated + change.removed > 0) {
      await recordAudit(tx, actor, {
        action: !subscribed
          ? "subscription.delete"
          : existing
            ? "subscription.update"
            : "subscription.create",
        targetType: subject.kind,
        targetId: subject.id,
        before: existing ?? null,
        after: subscribed ? { ...target, mode } : null,
      });
    }
    return change.after;
  });
}

/**
 * Replaces a user's or group's whole set (API PUT, `subscription.replace`), and, when given, the
 * user's preferences. Duplicates are a 400, unknown keys a 404, muting a mandatory type a 409.
 */
export async function replaceSubscriptions(
  db: DbOrTx,
  actor: AuditActor,
  subject: Subject,
  input: ReplaceSubscriptionsInput,
): Promise<SubjectSubscriptions> {
  assertNoDuplicateTargets(input.subscriptions);
  assertKnownTargets(input.subscriptions);
  const preferences = input.preferences;
  if (preferences) {
    if (subject.kind === "group")
      throw new AppError("BAD_REQUEST", "groupsHaveNoPreferences", {
        preferences: ["groupsHaveNoPreferences"],
      });
    const seen = new Set<string>();
    const duplicates = preferences.map((p) => p.typeKey).filter((key) => seen.has(key) || !seen.add(key));
    if (duplicates.length) throw new AppError("BAD_REQUEST", "duplicateTarget", { preferences: duplicates });
    assertKnownTargets(preferences.map(({ typeKey }) => ({ typeKey })));
    for (const preference of preferences) assertAllowedForType(preference.typeKey, preference);
  }

  return inTransaction(db, async (tx) => {
    await loadSubject(tx, subject);
    const change = await applySubscriptionSet(tx, subject, input.subscriptions);
    let before: PreferenceEntry[] | undefined;
    let after: PreferenceEntry[] | undefined;
    if (preferences && subject.kind !== "group") {
      const recipient = { kind: subject.kind, id: subject.id };
      before = await readPreferences(tx, recipient);
      // Audited once, below, with both sets.
      const quiet = { audit: false };
      const wanted = new Set(preferences.map((p) => p.typeKey));
      for (const old of before) {
        if (!wanted.has(old.typeKey))
          await writePreference(tx, actor, recipient, old.typeKey, { muted: false, mode: null }, quiet);
      }
      for (const p of preferences) await writePreference(tx, actor, recipient, p.typeKey, p, quiet);
      after = await readPreferences(tx, recipient);
    }
    const preferencesChanged = JSON.stringify(before) !== JSON.stringify(after);
    if (change.created + change.updated + change.removed > 0 || preferencesChanged) {
      await recordAudit(tx, actor, {
        action: "subscription.replace",
        targetType: subject.kind,
        targetId: subject.id,
        before: { subscriptions: change.before, ...(before ? { preferences: before } : {}) },
        after: { subscriptions: change.after, ...(after ? { preferences: after } : {}) },
      });
    }
    return { subscriptions: change.after, ...(after ? { preferences: after } : {}) };
  });
}

/**
 * Copies another user's or group's subscriptions onto a subject (`subscription.copy`). "merge" adds
 * what the subject lacks and keeps its own modes; "replace" makes its set equal to the source's.
 */
export async function copySubscriptions(
  db: DbOrTx,
  actor: AuditActor,
  { from, to, strategy }: CopySubscriptionsInput,
) {
  if (from.kind === to.kind && from.id === to.id)
    throw new AppError("BAD_REQUEST", "copyFromItself", { from: ["copyFromItself"] });
  return inTransaction(db, async (tx) => {
    const source = await loadSubject(tx, from);
    await loadSubject(tx, to);
    const copied = await readSubscriptionSet(tx, from);
    const own = await readSubscriptionSet(tx, to);
    const ownIds = new Set(own.map(targetId));
    const desired =
      strategy === "replace" ? copied : [...own, ...copied.filter((entry) => !ownIds.has(targetId(entry)))];
    const change = await applySubscriptionSet(tx, to, desired);
    if (change.created + change.updated + change.removed > 0) {
      await recordAudit(tx, actor, {
        action: "subscription.copy",
        targetType: to.kind,
        targetId: to.id,
        before: { subscriptions: change.before },
        after: {
          subscriptions: change.after,
          from: { kind: from.kind, id: from.id, name: source.name },
          strategy,
        },
      });
    }
    return { ...change, sourceName: source.name };
  });
}
