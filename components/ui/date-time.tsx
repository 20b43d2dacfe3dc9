import { useFormatter } from "next-intl";

type Style = "full" | "long" | "medium" | "short";

/**
 * A moment as a `<time>` element: the ISO instant for machines, the reader's locale and time zone for
 * people. No "use client": server and client components both render it.
 */
export function DateTime({
  date,
  dateStyle,
  timeStyle,
}: {
  date: Date;
  dateStyle?: Style;
  timeStyle?: Style;
}) {
  const format = useFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle, timeStyle })}</time>;
}
