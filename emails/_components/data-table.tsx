import { Text } from "@react-email/components";
import type { FactTable } from "@/lib/templates/facts";
import { cell, codeText, colors, text } from "./theme";

/** A list of records (report rows, certificates, devices) as a compact table with a header row. */
export function DataTable({ table, moreLabel }: { table: FactTable; moreLabel?: (count: string) => string }) {
  if (table.rows.length === 0) return null;
  const hidden = table.total - table.rows.length;
  return (
    <>
      <Text style={text.sectionTitle}>{table.label}</Text>
      <table
        role="presentation"
        width="100%"
        cellPadding={0}
        cellSpacing={0}
        data-text-format="dataTable"
        style={{ borderCollapse: "collapse", border: `1px solid ${colors.border}`, margin: "0 0 8px" }}
      >
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                align="left"
                style={{
                  ...cell,
                  borderTop: "none",
                  backgroundColor: colors.subtle,
                  color: colors.muted,
                  fontSize: "12px",
                  fontWeight: 600,
                }}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((value, columnIndex) => (
                <td
                  key={table.columns[columnIndex]?.key ?? columnIndex}
                  style={{ ...cell, fontSize: "13px", ...(table.columns[columnIndex]?.code ? codeText : {}) }}
                >
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && moreLabel ? <Text style={text.small}>{moreLabel(String(hidden))}</Text> : null}
    </>
  );
}
