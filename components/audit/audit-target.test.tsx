import { describe, expect, it } from "vitest";
import { renderIntl } from "@/components/render-intl";
import en from "@/messages/en/audit.json";
import ptBR from "@/messages/pt-BR/audit.json";
import { AuditTarget } from "./audit-target";

const userId = "01a234f7-0000-7000-8000-000000000001";

describe("AuditTarget", () => {
  it("links a found target by its name, keeping the id for the curious", () => {
    const html = renderIntl(
      <AuditTarget
        targetType="user"
        targetId={userId}
        target={{ state: "found", name: "Ana Souza", href: `/users/${userId}` }}
      />,
      "en",
      { audit: en },
    );
    expect(html).toContain(
      `<a class="font-medium underline-offset-4 hover:underline" href="/users/${userId}">Ana Souza</a>`,
    );
    expect(html).toContain(`title="${userId}">${userId}</code>`);
    expect(html).toContain(">user</span>");
  });

  it("names a target without a page without a link, and a notification type in the reader's language", () => {
    const html = renderIntl(
      <AuditTarget
        targetType="notification-type"
        targetId="monitoring.dashboard-pdf-download"
        target={{
          state: "found",
          name: "User downloaded the system dashboard PDF",
          typeKey: "monitoring.dashboard-pdf-download",
          href: "/catalog/monitoring.dashboard-pdf-download",
        }}
      />,
      "pt-BR",
      { audit: ptBR },
    );
    expect(html).toContain(
      'href="/catalog/monitoring.dashboard-pdf-download">Usuário baixou o PDF do painel do sistema</a>',
    );
    const key = renderIntl(
      <AuditTarget
        targetType="api-key"
        targetId={userId}
        target={{ state: "found", name: "CI", href: null }}
      />,
      "en",
      { audit: en },
    );
    expect(key).not.toContain("<a ");
    expect(key).toContain(">CI</span>");
  });

  it("shows a deleted target's id marked deleted, in either language", () => {
    const deleted = { state: "deleted" } as const;
    const english = renderIntl(<AuditTarget targetType="user" targetId={userId} target={deleted} />, "en", {
      audit: en,
    });
    expect(english).toContain(`>${userId}</code>`);
    expect(english).toContain("(deleted)");
    expect(english).not.toContain("<a ");
    expect(
      renderIntl(<AuditTarget targetType="user" targetId={userId} target={deleted} />, "pt-BR", {
        audit: ptBR,
      }),
    ).toContain("(excluído)");
  });

  it("shows what was recorded for types it cannot look up", () => {
    const html = renderIntl(<AuditTarget targetType="suppression" targetId="x@example.test" />, "en", {
      audit: en,
    });
    expect(html).toContain(">x@example.test</code>");
    expect(html).not.toContain("(deleted)");
  });
});
