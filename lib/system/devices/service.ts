import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { AppError, uniqueViolation } from "@/lib/errors";
import type { CreateDeviceInput, UpdateDeviceInput } from "./schemas";

/** Registers a device to probe; audited as `device.create`. A taken name is a field error. */
export async function createDevice(db: Database, actor: AuditActor, input: CreateDeviceInput) {
  try {
    return await db.$transaction(async (tx) => {
      const device = await tx.device.create({ data: input, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "device.create",
        targetType: "device",
        targetId: device.id,
        after: input,
      });
      return device;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("CONFLICT", "checkFields", { name: ["nameTaken"] });
    throw error;
  }
}

/**
 * Changes a device's name, target or failure threshold; audited as `device.update` with before and
 * after. Its checks and connectivity state are kept: a new threshold applies from the next check (a
 * failure run already at or past it sends "Lost of connectivity" on the next failure), and a device
 * already lost sends "Reestabilished Connectivity" on its first success, wherever it now points.
 */
export async function updateDevice(db: Database, actor: AuditActor, { id, ...input }: UpdateDeviceInput) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.device.findUnique({
        where: { id },
        select: { name: true, host: true, ports: true, failureThreshold: true },
      });
      if (!before) throw new AppError("NOT_FOUND", "notFound");
      await tx.device.update({ where: { id }, data: input, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "device.update",
        targetType: "device",
        targetId: id,
        before,
        after: input,
      });
      return { id };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("CONFLICT", "checkFields", { name: ["nameTaken"] });
    throw error;
  }
}

/** Stops probing a device and forgets its checks; audited as `device.delete`. */
export async function deleteDevice(db: Database, actor: AuditActor, id: string) {
  await db.$transaction(async (tx) => {
    const device = await tx.device.findUnique({
      where: { id },
      select: { name: true, host: true, ports: true },
    });
    if (!device) throw new AppError("NOT_FOUND", "notFound");
    await tx.device.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "device.delete",
      targetType: "device",
      targetId: id,
      before: device,
    });
  });
}
