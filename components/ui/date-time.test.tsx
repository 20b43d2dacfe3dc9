import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import { DateTime } from "./date-time";

const moment = new Date("2026-12-02T09:05:00Z");

describe("DateTime", () => {
  it("gives machines the ISO instant and people the reader's style", () => {
    expect(renderIntl(<DateTime date={moment} dateStyle="medium" />, "en", {})).toBe(
      '<time dateTime="2026-12-02T09:05:00.000Z">Dec 2, 2026</time>',
    );
    expect(renderIntl(<DateTime date={moment} dateStyle="medium" timeStyle="short" />, "pt-BR", {})).toBe(
      '<time dateTime="2026-12-02T09:05:00.000Z">2 de dez. de 2026, 09:05</time>',
    );
  });
});
