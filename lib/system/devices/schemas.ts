// Registering, editing and removing devices. Pure: the form and the actions share it.
import { z } from "zod";

/** A DNS name (labels of letters, digits and inner hyphens; IPv4 addresses fit too) or an IPv6 address. */
const HOST =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^(?=.*:)[0-9A-Fa-f:.]{2,45}$/;

export const createDeviceSchema = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  host: z.string().trim().min(1, "required").regex(HOST, "invalidHost"),
  ports: z
    .string()
    .trim()
    .min(1, "required")
    .transform((text, ctx) => {
      const parts = text.split(/[\s,]+/).filter(Boolean);
      const ports = [...new Set(parts.map(Number))];
      if (
        parts.length === 0 ||
        ports.length > 50 ||
        ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)
      ) {
        ctx.addIssue({ code: "custom", message: "invalidPorts" });
        return z.NEVER;
      }
      return ports.sort((a, b) => a - b);
    }),
  failureThreshold: z.coerce
    .number("invalidNumber")
    .int("invalidNumber")
    .min(1, "invalidNumber")
    .max(100, "invalidNumber")
    .default(3),
});
export type CreateDeviceInput = z.output<typeof createDeviceSchema>;

export const deviceIdSchema = z.object({ id: z.uuid("invalidId") });

/** Editing a device: the same fields as registering it, and which device. */
export const updateDeviceSchema = createDeviceSchema.extend(deviceIdSchema.shape);
export type UpdateDeviceInput = z.output<typeof updateDeviceSchema>;
