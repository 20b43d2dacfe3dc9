// Everything a template needs to draw one notification, computed from plain props: the localized
// type, the formatted summary and intro, the facts and tables, and the links. Pure (templates run in
// the react-email preview server too).
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import { findCategory, findType } from "@/lib/catalog/definitions";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { copyFor, type TemplateCopy } from "./copy";
import { collectFacts, type CollectOptions, type Fact, type FactTable } from "./facts";
import { formatterFor, type Formatter } from "./format";
import { interpolate, singleLine, type InterpolationContext } from "./interpolate";
import { payloadSchemas, type Payload, type TypeKey } from "./payloads";
import type { ValueContext } from "./values";

export interface EmailBaseProps {
  locale: AppLocale;
  timeZone: string;
  recipient: { name: string; reason: string };
  links: { preferencesUrl: string; unsubscribeUrl?: string };
  /** An administrator's intro paragraph: plain text with {{variables}}. */
  intro?: string;
  /** An override of the subject (also the heading): plain text with {{variables}}. */
  subject?: string;
  /** Marks a test send with a banner. */
  test?: boolean;
}

type TypedPayload<K extends TypeKey> = K extends TypeKey ? { typeKey: K; payload: Payload<K> } : never;

/** The props of the template of the types K (a union over K, so `typeKey` narrows `payload`). */
export type EmailProps<K extends TypeKey = TypeKey> = EmailBaseProps & TypedPayload<K>;

/** The type keys of one category: CategoryKey<"certificates"> = "certificates.created" | … */
export type CategoryKey<C extends string> = Extract<TypeKey, `${C}.${string}`>;

export interface LinkAction {
  label: string;
  href: string;
  tone: "primary" | "secondary" | "approve" | "reject";
}

export interface NotificationView {
  typeKey: TypeKey;
  type: NotificationTypeDefinition;
  categoryName: string;
  copy: TemplateCopy;
  format: Formatter;
  values: ValueContext;
  /** The heading and subject: the override's, or the type's default. One line. */
  subject: string;
  summary: string;
  /** The intro override as paragraphs (blank lines split them). */
  intro: string[];
  greeting: string;
  props: EmailBaseProps;
  details(options?: CollectOptions): { facts: Fact[]; tables: FactTable[] };
  /** A link of the payload's top level as a button, when the payload has it. */
  link(field: string, label: string, tone?: LinkAction["tone"]): LinkAction[];
}

function interpolation(props: EmailProps): InterpolationContext {
  return {
    schema: payloadSchemas[props.typeKey],
    payload: props.payload,
    copy: copyFor(props.locale),
    format: formatterFor(props.locale, props.timeZone),
    recipientName: props.recipient.name,
  };
}

/** The subject line: the override if it has any text, else the type's default. */
export function subjectOf(props: EmailProps): string {
  const context = interpolation(props);
  const template = props.subject?.trim() ? props.subject : context.copy.types[props.typeKey].subject;
  return singleLine(interpolate(template, context));
}

export function buildView(props: EmailProps): NotificationView {
  const context = interpolation(props);
  const { copy, format } = context;
  const definition = findType(props.typeKey);
  const category = definition ? findCategory(definition.categoryKey) : undefined;
  if (!definition || !category) throw new Error(`Unknown notification type ${props.typeKey}`);
  const values: ValueContext = { copy, format };
  const intro = props.intro?.trim()
    ? interpolate(props.intro, context)
        .split(/\n\s*\n/)
        .map(singleLine)
        .filter(Boolean)
    : [];
  const payload = props.payload as Record<string, unknown>;
  return {
    typeKey: props.typeKey,
    type: localizeType(definition, props.locale),
    categoryName: localizeCategory(category, props.locale).name,
    copy,
    format,
    values,
    subject: subjectOf(props),
    summary: singleLine(interpolate(copy.types[props.typeKey].summary, context)),
    intro,
    greeting: copy.layout.greeting(props.recipient.name),
    props,
    details: (options) => collectFacts(context.schema, props.payload, values, options),
    link(field, label, tone = "primary") {
      const href = payload[field];
      return typeof href === "string" && href ? [{ label, href, tone }] : [];
    },
  };
}
