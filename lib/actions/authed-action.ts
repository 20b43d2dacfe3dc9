import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { clientIp } from "@/lib/auth/client-ip";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { ActionResult, FormState } from "./form-state";

export interface ActionContext {
  viewer: Viewer;
  actor: AuditActor;
}

interface Options {
  /** Roles allowed to run the action; omitted means any signed-in user. */
  roles?: readonly Role[];
}

async function buildContext(options: Options): Promise<ActionContext> {
  const viewer = await requireViewer(options.roles); // redirects or answers 403 itself
  const requestHeaders = await headers();
  return {
    viewer,
    actor: {
      id: viewer.id,
      label: `${viewer.name} <${viewer.email}>`,
      ip: clientIp(requestHeaders),
      requestId: randomUUID(),
    },
  };
}

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function logUnexpected(error: unknown, actor?: AuditActor) {
  console.error(`[action] request ${actor?.requestId ?? "-"} failed`, error);
}

/**
 * A server action behind a form (`useActionState`): parse → authorize → run. Expected errors become
 * a FormState; anything else is logged with a request id and shown as a generic message.
 */
export function authedFormAction<S extends z.ZodType>(
  schema: S,
  options: Options,
  run: (input: z.output<S>, context: ActionContext) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const context = await buildContext(options);
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { errors: fieldErrors(parsed.error), message: "checkFields" };
    try {
      return (await run(parsed.data, context)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return { errors: error.details, message: error.message };
      logUnexpected(error, context.actor);
      return { message: "unexpected", requestId: context.actor.requestId };
    }
  };
}

/** A server action called from code with a typed input, returning ActionResult. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  options: Options,
  run: (input: z.output<S>, context: ActionContext) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const context = await buildContext(options);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: "BAD_REQUEST", message: "Invalid input", fields: fieldErrors(parsed.error) },
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, context) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, fields: error.details } };
      }
      logUnexpected(error, context.actor);
      return {
        ok: false,
        error: { code: "INTERNAL", message: "unexpected", requestId: context.actor.requestId },
      };
    }
  };
}

/** FormData → plain object; repeated keys become arrays, checkboxes arrive as "on". */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}
