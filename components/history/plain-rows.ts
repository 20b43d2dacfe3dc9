/**
 * The row and cell styles of TableRow and TableCell, written once on a list's `<Table>` so that its rows
 * can be plain `<tr>` and `<td>`: a page of 50 rows sends every class of every cell twice (in the HTML
 * and again in the RSC payload), which made per-cell classes a large part of the history and audit pages.
 */
export const plainRows =
  "[&_tbody_tr]:border-b [&_tbody_tr]:transition-colors [&_tbody_tr:hover]:bg-muted/50 [&_td]:p-2 [&_td]:align-middle";
