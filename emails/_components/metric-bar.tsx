import type { Severity } from "@/lib/catalog/types";
import { colors, severityColors, text } from "./theme";

interface MetricBarProps {
  label: string;
  /** 0–100. */
  value: number;
  /** 0–100, drawn as a marker line under the bar. */
  threshold?: number;
  valueText: string;
  thresholdText?: string;
  severity: Severity;
}

/** A usage gauge drawn with table cells (works without CSS support for widths on divs). */
export function MetricBar({ label, value, threshold, valueText, thresholdText, severity }: MetricBarProps) {
  const filled = Math.min(100, Math.max(0, Math.round(value)));
  const tone = severityColors[severity];
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ margin: "4px 0 16px" }}>
      <tbody>
        <tr>
          <td style={{ ...text.body, margin: 0, paddingBottom: "6px" }}>
            <strong>{label}</strong>
            {thresholdText ? ` ${valueText} · ${thresholdText}` : ` ${valueText}`}
          </td>
        </tr>
        <tr>
          <td data-skip-in-text="true">
            <table
              role="presentation"
              width="100%"
              cellPadding={0}
              cellSpacing={0}
              style={{ borderCollapse: "collapse" }}
            >
              <tbody>
                <tr>
                  {filled > 0 ? (
                    <td
                      width={`${filled}%`}
                      style={{
                        height: "10px",
                        fontSize: "1px",
                        lineHeight: "10px",
                        backgroundColor: tone.bar,
                      }}
                    >
                      &nbsp;
                    </td>
                  ) : null}
                  {filled < 100 ? (
                    <td
                      style={{
                        height: "10px",
                        fontSize: "1px",
                        lineHeight: "10px",
                        backgroundColor: colors.border,
                      }}
                    >
                      &nbsp;
                    </td>
                  ) : null}
                </tr>
              </tbody>
            </table>
            {threshold === undefined ? null : (
              <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
                <tbody>
                  <tr>
                    <td
                      width={`${Math.min(99, Math.max(1, Math.round(threshold)))}%`}
                      style={{
                        borderRight: `2px solid ${colors.text}`,
                        height: "6px",
                        fontSize: "1px",
                        lineHeight: "6px",
                      }}
                    >
                      &nbsp;
                    </td>
                    <td style={{ fontSize: "1px", lineHeight: "6px" }}>&nbsp;</td>
                  </tr>
                </tbody>
              </table>
            )}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
