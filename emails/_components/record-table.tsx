import { Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { cell, colors, text } from "./theme";

/** A bordered layout table that the plain-text version reads as a data table; `style` adds to it. */
export function TextTable({ style, children }: { style: CSSProperties; children: ReactNode }) {
  return (
    <table
      role="presentation"
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      data-text-format="dataTable"
      style={{ borderCollapse: "collapse", border: `1px solid ${colors.border}`, ...style }}
    >
      {children}
    </table>
  );
}

const headerCell: CSSProperties = {
  ...cell,
  borderTop: "none",
  backgroundColor: colors.subtle,
  color: colors.muted,
  fontSize: "12px",
  fontWeight: 600,
};

/** Records under a title, with a header row, and a line under them when some were left out. */
export function RecordTable({
  title,
  headers,
  more,
  children,
}: {
  title: string | undefined;
  headers: { key: string; label: ReactNode }[];
  more?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Text style={text.sectionTitle}>{title}</Text>
      <TextTable style={{ margin: "0 0 8px" }}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header.key} align="left" style={headerCell}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </TextTable>
      {more ? <Text style={text.small}>{more}</Text> : null}
    </>
  );
}
