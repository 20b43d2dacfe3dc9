import type { CSSProperties } from "react";

/**
 * recharts tooltips in the theme's popover colours: its default white box hides the light label in dark
 * mode. Shared by every chart (dashboard sends, system resources).
 */
export const chartTooltipStyle: CSSProperties = {
  fontSize: 12,
  backgroundColor: "var(--popover)",
  borderColor: "var(--border)",
  color: "var(--popover-foreground)",
};
