// A plain bordered table for the PDF; a row is never split across two pages.
import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { styles } from "./styles";

export interface PdfColumn {
  label: string;
  /** Share of the table's width, e.g. "20%". */
  width: `${number}%`;
}

export function PdfTable({ columns, rows }: { columns: PdfColumn[]; rows: ReactNode[][] }) {
  return (
    <View style={styles.table}>
      <View style={styles.headerRow}>
        {columns.map((column) => (
          <Text key={column.label} style={[styles.headerCell, { width: column.width }]}>
            {column.label}
          </Text>
        ))}
      </View>
      {rows.map((cells, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {cells.map((cell, c) => (
            <View key={c} style={[styles.cell, { width: columns[c]?.width }]}>
              {typeof cell === "string" ? <Text>{cell}</Text> : cell}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
