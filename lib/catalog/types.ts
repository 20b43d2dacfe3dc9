// The shape of Herald's notification catalog. No server-only: the catalog is static data that the
// UI, the e-mail templates, the seed and the tests all read.
export const severities = ["info", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof severities)[number];

export const notificationKinds = ["EVENT", "THRESHOLD_ALERT", "SCHEDULED_REPORT"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

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
}
