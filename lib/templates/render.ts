// Renders notifications to { subject, html, text }. No "server-only": bench/render.bench.ts runs this
// module under tsx, outside Next.
//
// One event can go to thousands of recipients, so rendering happens once per event × locale × time
// zone (`prepareNotification`) with placeholder tokens where the recipient's name, the reason they get
// it and their unsubscribe link go; `personalise` then fills the tokens by string joins, HTML-escaped
// in the HTML and raw in the text. `renderNotification` renders one recipient directly; a test proves
// both give identical output.
import { randomBytes } from "node:crypto";
import { render, toPlainText } from "@react-email/render";
import { createElement, type ComponentType } from "react";
import AccessControlEmail from "@/emails/access-control";
import AuditTrailEmail from "@/emails/audit-trail";
import AuthenticationEmail from "@/emails/authentication";
import CertificatesEmail from "@/emails/certificates";
import CommandAuditEmail from "@/emails/command-audit";
import CredentialsEmail from "@/emails/credentials";
import DevicesEmail from "@/emails/devices";
import MonitoringEmail from "@/emails/monitoring";
import PasswordBackupEmail from "@/emails/password-backup";
import PasswordOperationEmail from "@/emails/password-operation";
import ProtectedInformationEmail from "@/emails/protected-information";
import RemoteSessionEmail from "@/emails/remote-session";
import UserBehaviorEmail from "@/emails/user-behavior";
import WorkstationEmail from "@/emails/workstation";
import { findType } from "@/lib/catalog/definitions";
import type { AppLocale } from "@/lib/i18n/locales";
import { copyFor } from "./copy";
import { singleLine } from "./interpolate";
import type { TypeKey } from "./payloads";
import { parsePayload } from "./validate";
import { subjectOf, type EmailProps } from "./view";

const templates: Record<string, ComponentType<EmailProps>> = {
  "access-control": AccessControlEmail as ComponentType<EmailProps>,
  "audit-trail": AuditTrailEmail as ComponentType<EmailProps>,
  authentication: AuthenticationEmail as ComponentType<EmailProps>,
  certificates: CertificatesEmail as ComponentType<EmailProps>,
  "command-audit": CommandAuditEmail as ComponentType<EmailProps>,
  credentials: CredentialsEmail as ComponentType<EmailProps>,
  devices: DevicesEmail as ComponentType<EmailProps>,
  monitoring: MonitoringEmail as ComponentType<EmailProps>,
  "password-backup": PasswordBackupEmail as ComponentType<EmailProps>,
  "password-operation": PasswordOperationEmail as ComponentType<EmailProps>,
  "protected-information": ProtectedInformationEmail as ComponentType<EmailProps>,
  "remote-session": RemoteSessionEmail as ComponentType<EmailProps>,
  "user-behavior": UserBehaviorEmail as ComponentType<EmailProps>,
  workstation: WorkstationEmail as ComponentType<EmailProps>,
};

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface TemplateOverrideText {
  subject?: string | null;
  intro?: string | null;
}

export interface Recipient {
  name: string;
  /** The footer sentence: see reasonText() in ./copy. */
  reason: string;
}

interface EventInput {
  typeKey: TypeKey;
  /** Validated here against the type's schema (400 AppError when it does not match). */
  payload: unknown;
  locale: AppLocale;
  timeZone: string;
  override?: TemplateOverrideText | null;
  /** Marks a test send with a banner in the body. */
  test?: boolean;
}

export interface RenderInput extends EventInput {
  recipient: Recipient;
  links: { preferencesUrl: string; unsubscribeUrl?: string };
}

export interface PrepareInput extends EventInput {
  links: { preferencesUrl: string };
}

// The text version is converted from the HTML with the function `render(el, { plainText: true })`
// uses, so each e-mail is rendered by React once, not twice. Headings keep their case.
const textOptions = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

/** The same escaping React applies to text and attributes, so personalised output matches a direct render. */
export function escapeHtml(value: string): string {
  return value.replace(/["&'<>]/g, (char) =>
    char === '"'
      ? "&quot;"
      : char === "&"
        ? "&amp;"
        : char === "'"
          ? "&#x27;"
          : char === "<"
            ? "&lt;"
            : "&gt;",
  );
}

/** Names and reasons as the e-mail shows them: one line, never empty. */
function normalise(locale: AppLocale, recipient: Recipient): Recipient {
  const clean = (value: string) => singleLine(value.replace(/\u200b/g, " "));
  const { layout } = copyFor(locale);
  return {
    name: clean(recipient.name) || layout.fallbackName,
    reason: clean(recipient.reason) || layout.reasons.fallback,
  };
}

function renderHtml(props: EmailProps): Promise<string> {
  const category = findType(props.typeKey)?.categoryKey ?? "";
  const Template = templates[category];
  if (!Template) throw new Error(`No template for ${props.typeKey}`);
  return render(createElement(Template, props));
}

function emailProps(input: EventInput, recipient: Recipient, links: EmailProps["links"]): EmailProps {
  return {
    typeKey: input.typeKey,
    payload: parsePayload(input.typeKey, input.payload),
    locale: input.locale,
    timeZone: input.timeZone,
    recipient,
    links,
    subject: input.override?.subject ?? undefined,
    intro: input.override?.intro ?? undefined,
    test: input.test,
  } as EmailProps;
}

async function finish(props: EmailProps): Promise<RenderedEmail> {
  const html = await renderHtml(props);
  return { subject: subjectOf(props), html, text: toPlainText(html, textOptions) };
}

/** One e-mail for one recipient. */
export async function renderNotification(input: RenderInput): Promise<RenderedEmail> {
  const recipient = normalise(input.locale, input.recipient);
  const mandatory = findType(input.typeKey)?.mandatory ?? true;
  const links = {
    preferencesUrl: input.links.preferencesUrl,
    unsubscribeUrl: mandatory ? undefined : input.links.unsubscribeUrl,
  };
  return finish(emailProps(input, recipient, links));
}

type Slot = "name" | "reason" | "unsubscribe";

/** A rendered string cut at the placeholder tokens: parts[0] slot[0] parts[1] slot[1] … parts[n]. */
interface Compiled {
  parts: string[];
  slots: Slot[];
}

export interface PreparedNotification {
  typeKey: TypeKey;
  locale: AppLocale;
  subject: Compiled;
  /** With an unsubscribe link (non-mandatory types), and without one (mandatory types, or no URL). */
  withUnsubscribe?: { html: Compiled; text: Compiled };
  withoutUnsubscribe: { html: Compiled; text: Compiled };
}

function compile(value: string, tokens: Record<Slot, string>): Compiled {
  const bySlot = new Map(Object.entries(tokens).map(([slot, token]) => [token, slot as Slot]));
  const pieces = value.split(new RegExp(`(${Object.values(tokens).join("|")})`));
  const parts: string[] = [];
  const slots: Slot[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) parts.push(piece);
    else slots.push(bySlot.get(piece) ?? "name");
  });
  return { parts, slots };
}

function fill(compiled: Compiled, values: Record<Slot, string>): string {
  let result = compiled.parts[0] ?? "";
  for (let index = 0; index < compiled.slots.length; index++) {
    result += values[compiled.slots[index] as Slot] + (compiled.parts[index + 1] ?? "");
  }
  return result;
}

/** Renders an event once for every recipient sharing a locale and time zone. */
export async function prepareNotification(input: PrepareInput): Promise<PreparedNotification> {
  const nonce = randomBytes(8).toString("hex");
  const tokens: Record<Slot, string> = {
    name: `hrldname${nonce}`,
    reason: `hrldreason${nonce}`,
    unsubscribe: `hrldunsub${nonce}`,
  };
  const mandatory = findType(input.typeKey)?.mandatory ?? true;
  const recipient = { name: tokens.name, reason: tokens.reason };
  const variant = async (unsubscribeUrl?: string) => {
    const rendered = await finish(
      emailProps(input, recipient, { preferencesUrl: input.links.preferencesUrl, unsubscribeUrl }),
    );
    return {
      subject: compile(rendered.subject, tokens),
      html: compile(rendered.html, tokens),
      text: compile(rendered.text, tokens),
    };
  };
  const [plain, withLink] = await Promise.all([
    variant(),
    mandatory ? undefined : variant(tokens.unsubscribe),
  ]);
  return {
    typeKey: input.typeKey,
    locale: input.locale,
    subject: plain.subject,
    withUnsubscribe: withLink && { html: withLink.html, text: withLink.text },
    withoutUnsubscribe: { html: plain.html, text: plain.text },
  };
}

/** One recipient's e-mail from a prepared render: string joins only. */
export function personalise(
  prepared: PreparedNotification,
  recipient: Recipient & { unsubscribeUrl?: string },
): RenderedEmail {
  const { name, reason } = normalise(prepared.locale, recipient);
  const variant =
    recipient.unsubscribeUrl && prepared.withUnsubscribe
      ? prepared.withUnsubscribe
      : prepared.withoutUnsubscribe;
  const url = recipient.unsubscribeUrl ?? "";
  return {
    subject: singleLine(fill(prepared.subject, { name, reason, unsubscribe: url })),
    html: fill(variant.html, {
      name: escapeHtml(name),
      reason: escapeHtml(reason),
      unsubscribe: escapeHtml(url),
    }),
    text: fill(variant.text, { name, reason, unsubscribe: url }),
  };
}
