// The resources view's query (page URL and API alike). Pure.
import { z } from "zod";

export const resourcesQuerySchema = z.object({
  hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(168)
    .default(24)
    .meta({ description: "How many hours back to chart (1–168, default 24).", examples: [24] }),
});
export type ResourcesQuery = z.output<typeof resourcesQuerySchema>;

export const resourcesSearchSchema = z.object({ hours: resourcesQuerySchema.shape.hours.catch(24) });
