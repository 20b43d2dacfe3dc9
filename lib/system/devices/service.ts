import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { Database } from "@/lib/db/client";
import { AppError, uniqueViolation } from "@/lib/errors";
import type { CreateDeviceInput } from "./schemas";

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
