import { Text } from "@react-email/components";
import { fonts, text } from "./theme";

/** A command, hash or error message, verbatim, in a monospace box that wraps long lines. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <>
      <Text style={text.sectionTitle}>{label}</Text>
      <pre
        style={{
          margin: "0 0 12px",
          padding: "12px 14px",
          backgroundColor: "#0f172a",
          color: "#e2e8f0",
          borderRadius: "6px",
          fontFamily: fonts.mono,
          fontSize: "13px",
          lineHeight: "19px",
          whiteSpace: "pre-wrap",
          wordBreak: "break-all",
        }}
      >
        {children}
      </pre>
    </>
  );
}
