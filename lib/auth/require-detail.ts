import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { isUuid } from "@/lib/validation/uuid";
import { requireViewer, type Viewer } from "./viewer";

/**
 * For a `[id]` detail page: the viewer (signed in, and holding one of `roles` when given) and what
 * `load` finds for the id (lower-cased). 404 when the id is not a UUID or `load` finds nothing the
 * viewer may see; sign-in and 403 as requireViewer.
 */
export async function requireDetail<T>(
  roles: readonly Role[] | undefined,
  params: Promise<{ id: string }>,
  load: (viewer: Viewer, id: string) => Promise<T | null | undefined>,
): Promise<{ viewer: Viewer; detail: T }> {
  const viewer = await requireViewer(roles);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const detail = await load(viewer, id.toLowerCase());
  if (!detail) notFound();
  return { viewer, detail };
}
