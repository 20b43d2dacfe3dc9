// The listeners filters (page URL, internal route and API query alike). Pure.
import { z } from "zod";
import { tcpStateValues } from "@/lib/system/values";

export const listenerFiltersSchema = z.object({
  state: z
    .enum(tcpStateValues)
    .optional()
    .meta({ description: "Only sockets in this state (Appendix I's name).", examples: ["LISTEN"] }),
  port: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .meta({ description: "Only sockets whose local or remote port is this one.", examples: [3100] }),
});
export type ListenerFilters = z.output<typeof listenerFiltersSchema>;

/** The page's URL: a malformed value falls back to "no filter" and is reported by parseSearchParams. */
export const listenerSearchSchema = z.object({
  state: listenerFiltersSchema.shape.state.catch(undefined),
  port: listenerFiltersSchema.shape.port.catch(undefined),
});
