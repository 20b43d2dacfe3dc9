import type { FactTable } from "@/lib/templates/facts";
import { RecordTable } from "./record-table";
import { cell, codeText } from "./theme";

/** A list of records (report rows, certificates, devices) as a compact table with a header row. */
export function DataTable({ table, moreLabel }: { table: FactTable; moreLabel?: (count: string) => string }) {
  if (table.rows.length === 0) return null;
  const hidden = table.total - table.rows.length;
  return (
    <RecordTable
      title={table.label}
      headers={table.columns}
      more={hidden > 0 && moreLabel ? moreLabel(String(hidden)) : undefined}
    >
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
    </RecordTable>
  );
}
