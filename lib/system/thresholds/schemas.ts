// The thresholds form's schema. Pure: the form, the action and the tests share it. Validation messages
// are keys of common.errors.*. The migration's CHECK constraints state the same rules in PostgreSQL.
import { z } from "zod";

const whole = (min: number, max: number, message: string) =>
  z.coerce.number({ error: "invalidNumber" }).int("invalidNumber").min(min, message).max(max, message);

const percent = whole(1, 100, "percentRange");
const minutes = whole(1, 1440, "durationRange");

export const updateThresholdsSchema = z
  .object({
    cpuHigh: percent,
    cpuCritical: percent,
    cpuSustainMinutes: minutes,
    memoryHigh: percent,
    memoryCritical: percent,
    memorySustainMinutes: minutes,
    diskLow: percent,
    diskMedium: percent,
    diskHigh: percent,
    hysteresisPoints: whole(1, 25, "hysteresisRange"),
  })
  .superRefine((input, ctx) => {
    // Ordered by urgency: Critical above High; free disk High < Medium < Low.
    if (input.cpuCritical <= input.cpuHigh)
      ctx.addIssue({ code: "custom", path: ["cpuCritical"], message: "criticalAboveHigh" });
    if (input.memoryCritical <= input.memoryHigh)
      ctx.addIssue({ code: "custom", path: ["memoryCritical"], message: "criticalAboveHigh" });
    if (input.diskMedium >= input.diskLow)
      ctx.addIssue({ code: "custom", path: ["diskMedium"], message: "diskLevelsOrder" });
    if (input.diskHigh >= input.diskMedium)
      ctx.addIssue({ code: "custom", path: ["diskHigh"], message: "diskLevelsOrder" });
  });
export type UpdateThresholdsInput = z.output<typeof updateThresholdsSchema>;
