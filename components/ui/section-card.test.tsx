import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SectionCard } from "./section-card";

describe("SectionCard", () => {
  it("puts an h2 heading over its content, with no description unless given", () => {
    const html = renderToString(<SectionCard title="Facts">body</SectionCard>);
    expect(html).toMatch(/<h2[^>]*data-slot="card-title"[^>]*>Facts<\/h2>/);
    expect(html).not.toContain('data-slot="card-description"');
    expect(html).toMatch(/<div data-slot="card-content" class="px-6">body<\/div>/);
  });

  it("uses the heading level, description and content classes it is given", () => {
    const html = renderToString(
      <SectionCard title="Headers" as="h3" description="As sent" contentClassName="grid gap-3">
        body
      </SectionCard>,
    );
    expect(html).toMatch(/<h3[^>]*>Headers<\/h3>/);
    expect(html).toMatch(/<p data-slot="card-description"[^>]*>As sent<\/p>/);
    expect(html).toMatch(/<div data-slot="card-content" class="px-6 grid gap-3">body<\/div>/);
  });

  it("passes its class (overriding the compact gap) and other props to the card, and renders a footer", () => {
    const html = renderToString(
      <SectionCard title="Groups" className="gap-6" data-testid="groups" footer={<a href="/all">All</a>}>
        body
      </SectionCard>,
    );
    expect(html).toMatch(/<div data-slot="card" class="[^"]*\bgap-6\b[^"]*" data-testid="groups">/);
    expect(html).not.toMatch(/\bgap-3\b/);
    expect(html).toMatch(/<div data-slot="card-footer" class="[^"]*"><a href="\/all">All<\/a><\/div>/);
  });

  it("renders no footer unless given", () => {
    expect(renderToString(<SectionCard title="Facts">body</SectionCard>)).not.toContain("card-footer");
  });
});
