// What the command palette's route answers (GET /api/internal/palette): shared by the route and the
// palette's client code, so no server-only.

export const paletteKinds = ["page", "type", "user", "group", "contact", "event"] as const;
export type PaletteKind = (typeof paletteKinds)[number];

export interface PaletteItem {
  kind: PaletteKind;
  /** Unique within its kind (a path, a type key or a row id). */
  id: string;
  /** The name, in the viewer's language. */
  label: string;
  /** A second line (an e-mail, a category, an event's source), or null. */
  detail: string | null;
  /** When an event happened (ISO 8601); null for everything else. */
  at: string | null;
  /** Where Enter takes the viewer. */
  href: string;
}

export interface PaletteResults {
  /** Best first, at most a few per kind. */
  items: PaletteItem[];
}

/** The longest query the route reads; longer ones are cut (the palette sends what was typed). */
export const PALETTE_QUERY_MAX_LENGTH = 100;
