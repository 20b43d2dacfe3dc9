// The shape of Herald's notification catalog. No server-only: the catalog is static data that the
// UI, the e-mail templates, the seed and the tests all read. The value lists come from the Prisma
// enums (generated/prisma/enums.ts holds plain objects, no client code, so client components may
// import it), so a value added to the schema reaches every list, filter and OpenAPI enum.
import {
  NotificationKind as NotificationKindEnum,
  Severity as SeverityEnum,
  type Severity as DbSeverity,
} from "@/generated/prisma/enums";

/**
 * Severity as the API, the URLs, the UI and the e-mails name it: lower case ("critical"). The
 * database stores the enum's upper-case identifiers; toDbSeverity / fromDbSeverity convert.
 */
export type Severity = Lowercase<DbSeverity>;
export const severities: readonly Severity[] = Object.values(SeverityEnum).map(fromDbSeverity);

export function toDbSeverity(severity: Severity): DbSeverity {
  return severity.toUpperCase() as DbSeverity;
}

export function fromDbSeverity(severity: DbSeverity): Severity {
  return severity.toLowerCase() as Severity;
}

export type NotificationKind = NotificationKindEnum;
export const notificationKinds: readonly NotificationKind[] = Object.values(NotificationKindEnum);

export interface CategoryDefinition {
  /** Stable identifier, e.g. "certificates". Never changes once shipped. */
  key: string;
  /** English name and description, exactly as the product manual (Appendix II) gives them. */
  name: string;
  description: string;
  types: NotificationTypeDefinition[];
}

export interface NotificationTypeDefinition {
  /** Stable identifier, "<category>.<type>", e.g. "certificates.expiration-alert-30d". */
  key: string;
  categoryKey: string;
  name: string;
  description: string;
  severity: Severity;
  kind: NotificationKind;
  /** Security-critical: a recipient may not opt out. */
  mandatory: boolean;
  /**
   * Reports on other people's privileged activity or on the master key: a USER may not subscribe
   * themselves. An administrator can still subscribe anyone, and groups still deliver it.
   */
  restricted: boolean;
}
