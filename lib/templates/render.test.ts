import { describe, expect, it } from "vitest";
import { findType } from "@/lib/catalog/definitions";
import { locales } from "@/lib/i18n/locales";
import { payloadSchemas, samplePayloads, typeKeys, type TypeKey } from "./payloads";
import { personalise, prepareNotification, renderNotification, type RenderInput } from "./render";
import { hostileInput, HOSTILE_LINK } from "./test-helpers";

const links = {
  preferencesUrl: "https://herald.bank.example/me/notifications",
  unsubscribeUrl: "https://herald.bank.example/unsubscribe?token=abc&type=x",
};

function input(
  typeKey: TypeKey,
  locale: RenderInput["locale"],
  payload: unknown = samplePayloads[typeKey],
): RenderInput {
  return {
    typeKey,
    payload,
    locale,
    timeZone: locale === "en" ? "Europe/London" : "America/Sao_Paulo",
    recipient: {
      name: "Ana Souza",
      reason: "You receive this because you are a member of Security Operations.",
    },
    links,
  };
}

const hrefs = (html: string) => Array.from(html.matchAll(/href="([^"]*)"/g), (match) => match[1] ?? "");

describe.each(locales)("every type renders in %s", (locale) => {
  it.each(typeKeys)("%s", async (typeKey) => {
    const { subject, html, text } = await renderNotification(input(typeKey, locale));
    expect(subject.trim()).not.toBe("");
    expect(text.trim()).not.toBe("");
    for (const output of [subject, html, text]) {
      expect(output).not.toMatch(/\{\{|\}\}/);
      expect(output).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    expect(html).toContain(`<html dir="ltr" lang="${locale}">`);
    expect(hrefs(html).length).toBeGreaterThan(0);
    for (const href of hrefs(html)) expect(href).toMatch(/^https?:\/\/[^\s]+$/);
    const mandatory = findType(typeKey)?.mandatory;
    expect(html.includes('href="https://herald.bank.example/unsubscribe?token=abc&amp;type=x"')).toBe(
      !mandatory,
    );
    expect(text.includes(links.unsubscribeUrl)).toBe(!mandatory);
    expect(html).toContain('href="https://herald.bank.example/me/notifications"');
    expect(html).not.toMatch(/<img\b/i);
  });
});

describe("hostile payloads", () => {
  it.each(typeKeys)("%s: link fields refuse javascript:, and text renders inert", async (typeKey) => {
    const { payload, linkPaths } = hostileInput(typeKey);
    for (const path of linkPaths) {
      const withBadLink = structuredClone(payload) as Record<string, unknown>;
      const segments = path.split(".");
      let target = withBadLink;
      for (const segment of segments.slice(0, -1)) target = target[segment] as Record<string, unknown>;
      target[segments.at(-1) ?? ""] = HOSTILE_LINK;
      expect(payloadSchemas[typeKey].safeParse(withBadLink).success, path).toBe(false);
      await expect(renderNotification(input(typeKey, "en", withBadLink))).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    const { html, text, subject } = await renderNotification(input(typeKey, "en", payload));
    expect(html).not.toMatch(/<script/i);
    // No element gets an event handler attribute or a javascript: URL; the strings survive only as text.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(`${subject}${text}`).toContain("<script>alert(1)</script>");
  });

  it("escapes the recipient's name and reason", async () => {
    const { html } = await renderNotification({
      ...input("certificates.created", "en"),
      recipient: { name: '"><img src=x onerror=alert(1)>', reason: "<script>alert(1)</script>" },
    });
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("prepared rendering", () => {
  const recipients = [
    {
      name: "Ana Souza",
      reason: "You receive this because you are a member of Security Operations.",
      unsubscribeUrl: links.unsubscribeUrl,
    },
    {
      name: `Kevin O'Brien & "Ops" <team>`,
      reason: "Because <you> & 'we' said so.",
      unsubscribeUrl: "https://h.example/u?a=1&b='2'",
    },
    { name: "  Zoë\n  Müller ", reason: "Motivo: você é membro de Segurança.", unsubscribeUrl: undefined },
    { name: "", reason: "", unsubscribeUrl: links.unsubscribeUrl },
  ];
  const cases: [TypeKey, RenderInput["locale"]][] = [
    ["certificates.expiration-alert-7d", "en"],
    ["certificates.expiration-alert-today", "pt-BR"],
    ["command-audit.block-and-interrupt", "en"],
    ["access-control.request-created", "pt-BR"],
    ["monitoring.disk-daily", "en"],
    ["workstation.registration", "pt-BR"],
  ];

  it.each(cases)(
    "%s (%s): prepare once + personalise equals a direct render, byte for byte",
    async (typeKey, locale) => {
      const base = input(typeKey, locale);
      const override = {
        subject: "[{{recipient.name}}] {{recipient.name}}: custom",
        intro: "Dear {{recipient.name}},\n\nplease check.",
      };
      for (const withOverride of [false, true]) {
        const prepared = await prepareNotification({
          ...base,
          links: { preferencesUrl: links.preferencesUrl },
          override: withOverride ? override : null,
        });
        for (const recipient of recipients) {
          const direct = await renderNotification({
            ...base,
            override: withOverride ? override : null,
            recipient: { name: recipient.name, reason: recipient.reason },
            links: { preferencesUrl: links.preferencesUrl, unsubscribeUrl: recipient.unsubscribeUrl },
          });
          expect(personalise(prepared, recipient)).toEqual(direct);
        }
      }
    },
  );

  it("leaves no placeholder token behind", async () => {
    const prepared = await prepareNotification({
      ...input("devices.connectivity-lost", "en"),
      links: { preferencesUrl: links.preferencesUrl },
    });
    const email = personalise(prepared, recipients[0]!);
    expect(`${email.subject}${email.html}${email.text}`).not.toMatch(/hrld(name|reason|unsub)/);
  });
});

describe("overrides", () => {
  it("replace the subject and add the intro, escaped, with variables filled", async () => {
    const email = await renderNotification({
      ...input("monitoring.cpu-critical", "pt-BR"),
      override: {
        subject: "ALERTA {{host.name}} <{{usage}}>",
        intro: "Acione o plantão: <b>{{host.name}}</b>\n\nSegunda linha {{missing.value}}.",
      },
    });
    expect(email.subject).toBe("ALERTA pam-node-01 <96,4%>");
    expect(email.html).toContain("ALERTA pam-node-01 &lt;96,4%&gt;");
    expect(email.html).toContain("Acione o plantão: &lt;b&gt;pam-node-01&lt;/b&gt;");
    expect(email.text).toContain("Segunda linha .");
  });

  it("fall back to the default subject when the override has none", async () => {
    const email = await renderNotification({
      ...input("monitoring.cpu-critical", "en"),
      override: { subject: "  ", intro: null },
    });
    expect(email.subject).toBe("CPU critical on pam-node-01: 96.4%");
  });
});
