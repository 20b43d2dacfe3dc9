import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "./tabs";

function render(value?: string) {
  return renderToString(
    <Tabs defaultValue="html" value={value}>
      <TabsList aria-label="Formats">
        <TabsTrigger value="html">HTML</TabsTrigger>
        <TabsTrigger value="text">Plain text</TabsTrigger>
      </TabsList>
      <TabsContent value="html">the html</TabsContent>
      <TabsContent value="text">the text</TabsContent>
    </Tabs>,
  );
}

const attributes = (html: string, tag: string, text: string) =>
  new RegExp(`<${tag}([^>]*)>${text}</${tag}>`).exec(html)?.[1] ?? "";

describe("Tabs", () => {
  it("wires tabs and panels as the ARIA tabs pattern: one selected tab in the tab order, its panel labelled by it", () => {
    const html = render();
    expect(html).toMatch(/<div role="tablist" aria-orientation="horizontal"[^>]*aria-label="Formats"/);
    const html_ = attributes(html, "button", "HTML");
    const text = attributes(html, "button", "Plain text");
    expect(html_).toContain('role="tab"');
    expect(html_).toContain('aria-selected="true"');
    expect(html_).toContain('tabindex="0"');
    expect(html_).toContain('data-state="active"');
    expect(text).toContain('aria-selected="false"');
    expect(text).toContain('tabindex="-1"');
    const tabId = /id="([^"]+)"/.exec(html_)![1];
    const panelId = /aria-controls="([^"]+)"/.exec(html_)![1];
    const panel = attributes(html, "div", "the html");
    expect(panel).toContain('role="tabpanel"');
    expect(panel).toContain(`id="${panelId}"`);
    expect(panel).toContain(`aria-labelledby="${tabId}"`);
  });

  it("keeps an inactive panel in the page, hidden and empty", () => {
    const html = render();
    expect(html).not.toContain("the text");
    expect(html).toMatch(/<div role="tabpanel"[^>]*hidden=""[^>]*data-state="inactive"[^>]*><\/div>/);
  });

  it("shows the panel of a controlled value", () => {
    const html = render("text");
    expect(html).toContain("the text");
    expect(html).not.toContain("the html");
    expect(attributes(html, "button", "Plain text")).toContain('aria-selected="true"');
  });
});
