import "server-only";
import { log } from "@/lib/log";
import { withRequestContext } from "@/lib/observability/request-context";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record";
import { clientIp } from "@/lib/auth/client-ip";
import { markEntryPoint } from "@/lib/api/entry-point";
import { requireViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { formDataToObject } from "@/lib/validation/form-data";
import { unsafeTextErrors } from "@/lib/validation/text";
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
  log.error({ err: error, requestId: actor?.requestId, area: "action" }, "action failed");
}

/** Zod's issues, or the unsafe-text ones found first (NUL and friends never reach a schema or the DB). */
function parseInput<S extends z.ZodType>(schema: S, raw: unknown) {
  const unsafe = unsafeTextErrors(raw);
  if (unsafe) return { success: false as const, errors: unsafe };
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { success: true as const, data: parsed.data as z.output<S> }
    : { success: false as const, errors: fieldErrors(parsed.error) };
}

/**
 * A server action behind a form (`useActionState`): authorize → parse → run. Expected errors become
 * a FormState; anything else is logged with a request id and shown as a generic message.
 */
export function authedFormAction<S extends z.ZodType>(
  schema: S,
  options: Options,
  run: (input: z.output<S>, context: ActionContext) => Promise<FormState | void>,
) {
  const action = async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const context = await buildContext(options);
    const parsed = parseInput(schema, formDataToObject(formData));
    if (!parsed.success) return { errors: parsed.errors, message: "checkFields" };
    try {
      return (
        (await withRequestContext(context.actor.requestId, () => run(parsed.data, context))) ?? { ok: true }
      );
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return { errors: error.details, message: error.message };
      logUnexpected(error, context.actor);
      return { message: "unexpected", requestId: context.actor.requestId };
    }
  };
  return markEntryPoint(action, { kind: "action", roles: options.roles ?? null });
}

/** A server action called from code with a typed input, returning ActionResult. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  options: Options,
  run: (input: z.output<S>, context: ActionContext) => Promise<T>,
) {
  const action = async (input: z.input<S>): Promise<ActionResult<T>> => {
    const context = await buildContext(options);
    const parsed = parseInput(schema, input);
    if (!parsed.success) {
      return { ok: false, error: { code: "BAD_REQUEST", message: "checkFields", fields: parsed.errors } };
    }
    try {
      return {
        ok: true,
        data: await withRequestContext(context.actor.requestId, () => run(parsed.data, context)),
      };
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
  return markEntryPoint(action, { kind: "action", roles: options.roles ?? null });
}
