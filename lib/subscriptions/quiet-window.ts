// A quiet-hours window as the forms show it: local times as minutes after midnight, their labels and
// the select's options. Kept apart from the schemas (./quiet-hours) so the client field does not ship
// zod: it was ~35 KB of the user and contact forms' JavaScript, past the 200 KB budget.

export const DAY_MINUTES = 24 * 60;
/** The forms offer every quarter of an hour; a stored value off that grid is still shown. */
const STEP_MINUTES = 15;

export interface QuietWindow {
  quietStart: number | null;
  quietEnd: number | null;
}

/** 1320 → "22:00". */
export function minuteLabel(minute: number) {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

const gridMinutes = Array.from({ length: DAY_MINUTES / STEP_MINUTES }, (_, index) => index * STEP_MINUTES);

/** The times a select offers, with `current` added in order when it is off the quarter-hour grid. */
export function quietTimeOptions(current: number) {
  const minutes = gridMinutes.includes(current)
    ? gridMinutes
    : [...gridMinutes, current].sort((a, b) => a - b);
  return minutes.map((minute) => ({ value: minute, label: minuteLabel(minute) }));
}

/** What the field shows when quiet hours are off: a common night, 22:00–07:00. */
export const defaultQuietWindow = { quietStart: 22 * 60, quietEnd: 7 * 60 } as const;
