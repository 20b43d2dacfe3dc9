// Quiet hours as the forms take them: on or off, and a window of local times stored as minutes after
// midnight (User/Contact.quietStart and quietEnd). Messages are keys of common.errors.*. Pure (no
// "server-only"): the schemas of three forms and their unit tests share it. What the browser needs
// (the window's shape, its options and labels) is in ./quiet-window, which does not pull zod into
// the forms' JavaScript.
import { z } from "zod";
import { DAY_MINUTES, type QuietWindow } from "./quiet-window";

export { defaultQuietWindow, minuteLabel, quietTimeOptions, type QuietWindow } from "./quiet-window";

const minuteOfDaySchema = z.coerce
  .number("invalidTime")
  .int("invalidTime")
  .min(0, "invalidTime")
  .max(DAY_MINUTES - 1, "invalidTime");

/**
 * The form fields: `quietHours` is the checkbox ("on" when ticked); the two times are only sent
 * while it is ticked (the selects are disabled otherwise).
 */
export const quietHoursFields = {
  quietHours: z.preprocess((value) => value === "on" || value === true, z.boolean()),
  quietStart: minuteOfDaySchema.optional(),
  quietEnd: minuteOfDaySchema.optional(),
};

type QuietHoursFields = { quietHours: boolean; quietStart?: number; quietEnd?: number };

/** On: both times are required and must differ (start === end would be an empty window). */
export function refineQuietHours(input: QuietHoursFields, context: z.RefinementCtx) {
  if (!input.quietHours) return;
  if (input.quietStart === undefined)
    context.addIssue({ code: "custom", path: ["quietStart"], message: "required" });
  if (input.quietEnd === undefined)
    context.addIssue({ code: "custom", path: ["quietEnd"], message: "required" });
  else if (input.quietStart === input.quietEnd)
    context.addIssue({ code: "custom", path: ["quietEnd"], message: "quietHoursEmpty" });
}

/** The columns to store: both minutes, or both null when quiet hours are off (the schema's invariant). */
export function quietWindow(input: QuietHoursFields): QuietWindow {
  if (!input.quietHours || input.quietStart === undefined || input.quietEnd === undefined)
    return { quietStart: null, quietEnd: null };
  return { quietStart: input.quietStart, quietEnd: input.quietEnd };
}

/**
 * A form's fields plus quiet hours, checked (refineQuietHours) and turned into the two columns to store:
 * the output has `quietStart` and `quietEnd` (numbers, or null when off) and no `quietHours`.
 */
export function withQuietHours<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object({ ...shape, ...quietHoursFields })
    .superRefine((input, context) => refineQuietHours(input as QuietHoursFields, context))
    .transform((input) => {
      const { quietHours, quietStart, quietEnd, ...rest } = input as typeof input & QuietHoursFields;
      return { ...rest, ...quietWindow({ quietHours, quietStart, quietEnd }) };
    });
}

/** My own quiet hours (My notifications). */
export const setQuietHoursSchema = z.object(quietHoursFields).superRefine(refineQuietHours);
export type SetQuietHoursInput = z.infer<typeof setQuietHoursSchema>;
