// The words of the e-mails, per language. Subjects and summaries are texts with {{variables}} from
// the type's payload, interpolated exactly like an administrator's override (lib/templates/interpolate.ts).
import type { Severity } from "@/lib/catalog/types";
import type { TypeKey } from "../payloads";

export interface TypeCopy {
  subject: string;
  summary: string;
}

/** Why a recipient gets a notification; the dispatcher picks one, the footer says it. */
export type RecipientReason =
  | { via: "group"; group: string; target: string }
  | { via: "direct"; target: string }
  | { via: "mandatory" }
  | { via: "test" };

export interface LayoutCopy {
  tagline: string;
  severity: Record<Severity, string>;
  greeting: (name: string) => string;
  /** Used when a recipient has no name. */
  fallbackName: string;
  details: string;
  openInConsole: string;
  approve: string;
  reject: string;
  downloadVideo: string;
  openReport: string;
  openSession: string;
  releaseNotes: string;
  reviewWorkstation: string;
  moreRows: (count: string) => string;
  timesShownIn: (timeZone: string) => string;
  mandatory: string;
  myNotifications: string;
  unsubscribe: string;
  automated: string;
  testBanner: string;
  yes: string;
  no: string;
  reasons: {
    group: (group: string, target: string) => string;
    direct: (target: string) => string;
    mandatory: string;
    test: string;
    /** Used when the dispatcher gives no reason. */
    fallback: string;
  };
}

export interface TemplateCopy {
  layout: LayoutCopy;
  /** Fact labels by dotted path ("certificate.commonName") or by last segment ("commonName"). */
  fields: Record<string, string>;
  /** Enum value labels by the field's last segment: values.actionTaken.blocked. */
  values: Record<string, Record<string, string>>;
  types: Record<TypeKey, TypeCopy>;
}
