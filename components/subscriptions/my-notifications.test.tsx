// My notifications with nothing to list (an admin or auditor is in no group): the page says what to do
// next instead of "Nothing to show here", in both languages.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import enCommon from "@/messages/en/common.json";
import enSubscriptions from "@/messages/en/subscriptions.json";
import ptCommon from "@/messages/pt-BR/common.json";
import ptSubscriptions from "@/messages/pt-BR/subscriptions.json";
import { MyNotifications } from "./my-notifications";

function render(locale: "en" | "pt-BR") {
  return renderIntl(
    <QueryClientProvider client={new QueryClient()}>
      <MyNotifications role="ADMIN" catalog={[]} categoryNames={{}} initialDeliveries={[]} />
    </QueryClientProvider>,
    locale,
    locale === "en"
      ? { common: enCommon, subscriptions: enSubscriptions }
      : { common: ptCommon, subscriptions: ptSubscriptions },
  );
}

describe("MyNotifications", () => {
  it("with nothing received, says how to get notifications and offers the types one can add", () => {
    const html = render("en");
    expect(html).toContain('data-testid="my-notifications-empty"');
    expect(html).toContain("You receive no notifications yet");
    expect(html).toContain("ask an administrator to add you to a group");
    expect(html).toMatch(/<button[^>]*>Show what I can add<\/button>/);
    expect(html).not.toContain("Nothing to show here");
  });

  it("says the same in Portuguese", () => {
    const html = render("pt-BR");
    expect(html).toContain("Você ainda não recebe notificações");
    expect(html).toMatch(/<button[^>]*>Mostrar o que posso adicionar<\/button>/);
  });
});
