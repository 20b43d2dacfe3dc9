import { z } from "zod";
import { CONTROLLABLE_KINDS } from "./control";

export const setServiceDisabledSchema = z.object({
  kind: z.enum(CONTROLLABLE_KINDS),
  disabled: z.boolean(),
});
export type SetServiceDisabledInput = z.infer<typeof setServiceDisabledSchema>;
