// My notifications with nothing to list (an admin or auditor is in no group): the page says what to do
// next instead of "Nothing to show here", in both languages.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import enCommon from "@/messages/en/common.json";
import enSubscriptions from "@/messages/en/subscriptions.json";
import ptCommon from "@/messages/pt-BR/common.json";
import ptSubscriptions from "@/messages/pt-BR/subscriptions.json";
import { catalogView } from "@/lib/subscriptions/catalog-view";
import type { TypeDelivery } from "@/lib/subscriptions/types";
import { MyNotifications } from "./my-notifications";

const MANDATORY = "certificates.expiration-alert-today";
const catalog = catalogView("en")
  .filter((category) => category.key === "certificates")
  .map((category) => ({ ...category, types: category.types.filter((type) => type.key === MANDATORY) }));

/** A mandatory type received through a group. */
const received: TypeDelivery = {
  typeKey: MANDATORY,
  categoryKey: "certificates",
  mandatory: true,
  paths: [
    {
      reason: {
        via: "group",
        groupId: "g",
        groupName: "Security Operations",
        target: "category",
        categoryKey: "certificates",
      },
      mode: "IMMEDIATE",
    },
  ],
  preference: null,
  delivered: true,
  mode: "IMMEDIATE",
  muted: false,
  ownTypeSubscription: false,
};

function render(locale: "en" | "pt-BR", props: { deliveries?: TypeDelivery[]; suppressed?: boolean } = {}) {
  return renderIntl(
    <QueryClientProvider client={new QueryClient()}>
      <MyNotifications
        role="ADMIN"
        catalog={props.deliveries ? catalog : []}
        categoryNames={{}}
        initialDeliveries={props.deliveries ?? []}
        suppressed={props.suppressed}
      />
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

  it("claims no delivery while the address is suppressed: the count and the mandatory line say so", () => {
    const delivered = render("en", { deliveries: [received] });
    expect(delivered).toContain("You receive 1 of 1 notification type");
    expect(delivered).toContain("always delivered, immediately");

    const held = render("en", { deliveries: [received], suppressed: true });
    expect(held).toContain(
      "Nothing is delivered while your address is suppressed (1 of 1 notification type would be)",
    );
    expect(held).not.toContain("You receive");
    expect(held).not.toContain("always delivered");
    expect(held).toContain("Not sent while your address is suppressed");
    expect(render("pt-BR", { deliveries: [received], suppressed: true })).toContain(
      "Nada é entregue enquanto seu endereço estiver suprimido",
    );
  });
});
