import type { Fact } from "@/lib/templates/facts";
import { TextTable } from "./record-table";
import { cell, codeText, colors } from "./theme";

/** Label/value rows. In the plain-text version each row reads "Label  value" (data table format). */
export function FactsTable({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <TextTable style={{ borderRadius: "6px", margin: "0 0 12px" }}>
      <tbody>
        {facts.map((fact, index) => (
          <tr key={fact.path}>
            <td
              style={{
                ...cell,
                width: "38%",
                color: colors.muted,
                fontSize: "13px",
                ...(index === 0 ? { borderTop: "none" } : {}),
              }}
            >
              {fact.label}
            </td>
            <td
              style={{
                ...cell,
                ...(fact.code ? codeText : {}),
                ...(index === 0 ? { borderTop: "none" } : {}),
              }}
            >
              {fact.value}
            </td>
          </tr>
        ))}
      </tbody>
    </TextTable>
  );
}
