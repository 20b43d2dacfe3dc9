// The PDF's look: printed on white whatever the app's theme, in PDF points (A4 is 595 × 842).
import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT, PDF_MONO_FONT } from "./fonts";

export const colors = {
  text: "#0f172a",
  muted: "#64748b",
  border: "#cbd5e1",
  headerFill: "#f1f5f9",
  grid: "#e2e8f0",
  success: "#15803d",
  destructive: "#b91c1c",
  warning: "#b45309",
  neutral: "#475569",
  /** The same series colours as the resources page's chart. */
  cpu: "#3b82f6",
  memory: "#f59e0b",
  diskFree: "#10b981",
} as const;

/** The width available between the page margins. */
export const CONTENT_WIDTH = 595 - 2 * 40;

export const styles = StyleSheet.create({
  page: {
    paddingTop: 40,
    paddingBottom: 56,
    paddingHorizontal: 40,
    fontFamily: PDF_FONT,
    fontSize: 9,
    color: colors.text,
    lineHeight: 1.35,
  },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: 6 },
  meta: { fontSize: 9, color: colors.muted },
  section: { marginTop: 18 },
  heading: {
    fontSize: 12,
    lineHeight: 1.2,
    fontWeight: 700,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: colors.border,
  },
  subheading: { fontSize: 10, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  muted: { color: colors.muted },
  small: { fontSize: 7.5, color: colors.muted },
  paragraph: { marginBottom: 4 },
  table: { borderWidth: 1, borderColor: colors.border },
  headerRow: { flexDirection: "row", backgroundColor: colors.headerFill },
  row: { flexDirection: "row", borderTopWidth: 1, borderTopColor: colors.border },
  headerCell: { padding: 4, fontWeight: 700, fontSize: 8 },
  cell: { padding: 4, fontSize: 8 },
  bold: { fontWeight: 700 },
  mono: { fontFamily: PDF_MONO_FONT, fontSize: 8 },
  barRow: { flexDirection: "row", alignItems: "center", marginBottom: 3 },
  legend: { flexDirection: "row", gap: 12, marginTop: 4 },
  legendItem: { flexDirection: "row", alignItems: "center", gap: 4 },
  swatch: { width: 8, height: 8 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    fontSize: 8,
    color: colors.muted,
    flexDirection: "row",
    justifyContent: "space-between",
  },
});
