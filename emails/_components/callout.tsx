import { Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Severity } from "@/lib/catalog/types";
import { severityColors, text } from "./theme";

/** A tinted box that stands out from the details: a decision, an error, a quoted justification. */
export function Callout({
  severity,
  title,
  children,
}: {
  severity: Severity;
  title?: string;
  children: ReactNode;
}) {
  const tone = severityColors[severity];
  return (
    <Section
      style={{
        margin: "0 0 12px",
        padding: "12px 14px",
        backgroundColor: tone.background,
        borderLeft: `4px solid ${tone.bar}`,
        borderRadius: "4px",
      }}
    >
      {title ? (
        <Text style={{ ...text.body, margin: "0 0 4px", fontWeight: 600, color: tone.text }}>{title}</Text>
      ) : null}
      {typeof children === "string" ? <Text style={{ ...text.body, margin: 0 }}>{children}</Text> : children}
    </Section>
  );
}
