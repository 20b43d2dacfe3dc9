// The recipients table shared by the catalog's type page and the dispatch preview: a row per
// recipient with its test id and address, the kind as the icon's name, the reasons and the mode.
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import enSubscriptions from "@/messages/en/subscriptions.json";
import ptSubscriptions from "@/messages/pt-BR/subscriptions.json";
import { RecipientsTable } from "./recipients-table";

const recipients = [
  {
    kind: "user" as const,
    id: "u1",
    email: "ana@example.com",
    name: "Ana Souza",
    mode: "DIGEST" as const,
    reasons: [{ via: "group" as const, groupId: "g1", groupName: "SecOps", target: "type" as const }],
  },
  {
    kind: "address" as const,
    email: "noc@example.com",
    name: "noc@example.com",
    mode: "IMMEDIATE" as const,
    reasons: [{ via: "event" as const }],
  },
];

function render(locale: "en" | "pt-BR", linkGroups: boolean) {
  return renderIntl(
    <RecipientsTable
      recipients={recipients}
      categoryNames={{}}
      columns={["Who", "Why", "How"]}
      rowTestId="recipient-row"
      linkGroups={linkGroups}
      data-testid="recipients"
    />,
    locale,
    { subscriptions: locale === "en" ? enSubscriptions : ptSubscriptions },
  );
}

describe("RecipientsTable", () => {
  it("lists each recipient under the given headings, with its address, kind and delivery mode", () => {
    const html = render("en", false);
    expect(html.match(/<th[^>]*>(Who|Why|How)<\/th>/g)).toHaveLength(3);
    expect(html.match(/data-testid="recipient-row"/g)).toHaveLength(2);
    const shown = [
      'data-testid="recipients"',
      'data-email="ana@example.com"',
      'data-email="noc@example.com"',
      'aria-label="User"',
      'aria-label="Address"',
      "Daily digest",
      "Immediately",
      "SecOps",
    ];
    expect(shown.filter((text) => !html.includes(text))).toEqual([]);
    expect(html).not.toContain('href="/groups/g1/subscriptions"');
  });

  it("links group reasons when asked, and speaks the reader's language", () => {
    const html = render("pt-BR", true);
    expect(html).toContain('href="/groups/g1/subscriptions"');
    expect(html).toContain(`aria-label="${ptSubscriptions.kinds.user}"`);
    expect(html).toContain(ptSubscriptions.mode.DIGEST);
  });
});
