import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import english from "@/messages/en/common.json";
import { getSubjectSubscriptions } from "./queries";
import type { Subject } from "./types";

const errorMessages: Record<string, string> = english.errors;

/**
 * The services throw message keys (common.errors.*) for the UI to translate; API clients get the
 * English sentence instead.
 */
export async function withEnglishErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && errorMessages[error.message]) {
      throw new AppError(error.code, errorMessages[error.message] ?? error.message, error.details);
    }
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route's subject; an id that cannot exist is as unknown as one that does not (404). */
export function subjectFromParams(kind: "user" | "group", params: { id: string }): Subject {
  if (!UUID.test(params.id))
    throw new AppError("NOT_FOUND", kind === "user" ? "No such user" : "No such group");
  return { kind, id: params.id };
}

/** GET/PUT /api/v1/{users|groups}/{id}/subscriptions: the subject's set (and a user's preferences). */
export async function subscriptionsResponse(
  db: Parameters<typeof getSubjectSubscriptions>[0],
  subject: Subject,
) {
  const view = await getSubjectSubscriptions(db, subject);
  return NextResponse.json({
    data: {
      subject: { kind: view.subject.kind, id: view.subject.id, name: view.subject.name },
      subscriptions: view.subscriptions,
      ...(view.preferences ? { preferences: view.preferences } : {}),
    },
  });
}
