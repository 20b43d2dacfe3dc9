import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { badgeVariants } from "@/components/ui/badge";
import { CompactStatusBadge, compactStatusBadges } from "./compact-status-badge";
import { statusVariants } from "./status-badge";

const classesOf = (variant: (typeof statusVariants)[keyof typeof statusVariants]) =>
  badgeVariants({ variant })
    .split(" ")
    // A row's badge is no link and holds no icon.
    .filter((name) => !name.startsWith("[a&]") && !name.startsWith("[&>svg]"));

const tones = [...new Set(Object.values(statusVariants))];
const base = classesOf(tones[0]!).filter((name) => tones.every((tone) => classesOf(tone).includes(name)));
const written = new Set(compactStatusBadges.split(" "));

describe("CompactStatusBadge", () => {
  it("looks like StatusBadge: the table carries Badge's base classes and each tone's own", () => {
    expect(base.length).toBeGreaterThan(5);
    for (const name of base) expect(written).toContain(`[&_[data-tone]]:${name}`);
    for (const tone of tones) {
      for (const name of classesOf(tone).filter((name) => !base.includes(name))) {
        expect(written).toContain(`[&_[data-tone=${tone}]]:${name}`);
      }
    }
  });

  it("renders the label with its tone and test id, no classes", () => {
    expect(renderToStaticMarkup(<CompactStatusBadge status="BOUNCED" label="Bounced" />)).toBe(
      '<span data-testid="delivery-status" data-tone="destructive">Bounced</span>',
    );
  });
});
