import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NativeSelect } from "./select";

function classesOf(html: string, slot: string): string[] {
  const match = new RegExp(`data-slot="${slot}" class="([^"]*)"`).exec(html);
  return match?.[1]?.split(" ") ?? [];
}

describe("NativeSelect", () => {
  it("sizes its wrapper with the width classes, so the chevron sits inside a narrow select", () => {
    const html = renderToString(<NativeSelect aria-label="Mode" className="h-8 w-32 text-xs sm:w-40" />);
    const wrapper = classesOf(html, "native-select-wrapper");
    const select = classesOf(html, "native-select");
    expect(wrapper).toEqual(expect.arrayContaining(["relative", "w-32", "sm:w-40"]));
    expect(wrapper).not.toContain("w-full");
    expect(select).toEqual(expect.arrayContaining(["w-full", "h-8", "text-xs"]));
    expect(select).not.toContain("w-32");
    expect(select).not.toContain("h-9");
  });

  it("fills its container when no width is given", () => {
    const html = renderToString(<NativeSelect aria-label="Mode" />);
    expect(classesOf(html, "native-select-wrapper")).toContain("w-full");
    expect(classesOf(html, "native-select")).toContain("w-full");
  });
});
