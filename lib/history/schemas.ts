// Inputs of the history's actions. Messages are keys of common.errors.
import { z } from "zod";

export const deliveryIdSchema = z.object({ id: z.uuid({ message: "invalidId" }) });
export type DeliveryIdInput = z.output<typeof deliveryIdSchema>;
