import { describe, expect, it } from "vitest";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { pickPreviewRecipient } from "./preview-recipient";

function recipient(name: string, extra: Partial<ResolvedRecipient> = {}): ResolvedRecipient {
  return {
    kind: "user",
    id: name,
    email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.test`,
    name,
    locale: "en",
    timeZone: "UTC",
    digestHour: 8,
    mode: "IMMEDIATE",
    reasons: [{ via: "direct", target: "type" }],
    ...extra,
  };
}

describe("pickPreviewRecipient", () => {
  it("picks the first recipient listed who gets the e-mail on its own", () => {
    const jane = recipient("Jane Doe", { locale: "pt-BR", timeZone: "America/Sao_Paulo" });
    expect(pickPreviewRecipient([jane, recipient("Zoe Park")])).toBe(jane);
  });

  it("passes over digest recipients and suppressed addresses while someone gets it at once", () => {
    const immediate = recipient("Carla Nogueira");
    const picked = pickPreviewRecipient([
      recipient("Ana Digest", { mode: "DIGEST" }),
      recipient("Bruno Bounced", { suppressed: true }),
      immediate,
    ]);
    expect(picked).toBe(immediate);
  });

  it("falls back to the first digest recipient when everyone gets it in a digest", () => {
    const first = recipient("Ana Digest", { mode: "DIGEST" });
    expect(pickPreviewRecipient([first, recipient("Bia Digest", { mode: "DIGEST" })])).toBe(first);
  });

  it("picks nobody when nobody would get it", () => {
    expect(pickPreviewRecipient([])).toBeUndefined();
    expect(pickPreviewRecipient([recipient("Bruno Bounced", { suppressed: true })])).toBeUndefined();
  });
});
