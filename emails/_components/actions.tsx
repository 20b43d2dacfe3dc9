import { Button, Section } from "@react-email/components";
import type { CSSProperties } from "react";
import type { LinkAction } from "@/lib/templates/view";
import { colors } from "./theme";

const tones: Record<LinkAction["tone"], CSSProperties> = {
  primary: { backgroundColor: colors.primary, color: "#ffffff", border: `1px solid ${colors.primary}` },
  approve: { backgroundColor: colors.approve, color: "#ffffff", border: `1px solid ${colors.approve}` },
  reject: { backgroundColor: "#ffffff", color: colors.reject, border: `1px solid ${colors.reject}` },
  secondary: { backgroundColor: "#ffffff", color: colors.primary, border: `1px solid ${colors.border}` },
};

/** Call-to-action buttons; they wrap under each other on narrow screens. */
export function ActionButtons({ actions }: { actions: LinkAction[] }) {
  if (actions.length === 0) return null;
  return (
    <Section style={{ margin: "20px 0 4px" }}>
      {actions.map((action) => (
        <Button
          key={`${action.tone}-${action.href}`}
          href={action.href}
          style={{
            ...tones[action.tone],
            display: "inline-block",
            margin: "0 8px 8px 0",
            padding: "10px 18px",
            borderRadius: "6px",
            fontSize: "14px",
            fontWeight: 600,
            lineHeight: "20px",
            textDecoration: "none",
          }}
        >
          {action.label}
        </Button>
      ))}
    </Section>
  );
}
