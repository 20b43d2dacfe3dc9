// Appendix II of the PAM product manual: "Notifications that can be sent by e-mail".
// Names and descriptions are the manual's own words (spelling included, e.g. "Founded request",
// "Reestabilished Connectivity"); keys, severities, kinds and the mandatory flag are Herald's.
// Severities follow the manual's urgency words where it gives them (Critical/High/Medium/Low Urgency,
// expiry closeness) and the security weight of the event elsewhere.
import type { CategoryDefinition, NotificationKind, NotificationTypeDefinition, Severity } from "./types";

type Row = [
  slug: string,
  name: string,
  description: string,
  severity: Severity,
  kind: NotificationKind,
  mandatory?: true,
];

const E: NotificationKind = "EVENT";
const T: NotificationKind = "THRESHOLD_ALERT";
const R: NotificationKind = "SCHEDULED_REPORT";

/**
 * Restricted categories report on other people's privileged activity (anomalies, audited commands,
 * entity changes) or on the master key: a USER may not subscribe themselves to their types (see
 * maySelfSubscribe). The flag is per type in the model; here it is given for whole categories.
 */
const RESTRICTED = { restricted: true } as const;

function category(
  key: string,
  name: string,
  description: string,
  rows: Row[],
  { restricted = false }: { restricted?: boolean } = {},
): CategoryDefinition {
  return {
    key,
    name,
    description,
    types: rows.map(
      ([slug, typeName, typeDescription, severity, kind, mandatory]): NotificationTypeDefinition => ({
        key: `${key}.${slug}`,
        categoryKey: key,
        name: typeName,
        description: typeDescription,
        severity,
        kind,
        mandatory: mandatory ?? false,
        restricted,
      }),
    ),
  };
}

// One row per type, kept as a table for review against the manual.
// prettier-ignore
export const categories: readonly CategoryDefinition[] = [
  category("access-control", "Access control", "Notifications from workflow process. Every product/module that has workflow process can send this kind of message.", [
    ["request-created", "Founded request", "A new approval request has been made by a user. Approvers will receive an email with details", "medium", E, true],
    ["request-approved", "Request approved", "Some approver user has accepted the request", "low", E],
    ["request-disapproved", "Request Disapproved", "Some approver user has rejected the request", "low", E],
  ]),
  category("audit-trail", "Audit trail", "Changes at major entities records.", [
    ["entity-change", "Audit trail", "When a major entity is created, updated or inactivated, a detailed log is registered and can be also notified", "info", E],
  ], RESTRICTED),
  category("authentication", "Authentication", "Messages from authentication process.", [
    ["authentication-messages", "Authentication messages", "When a user is authenticated or some authentication process failure", "medium", E],
  ]),
  category("certificates", "Certificates", "Messages from Certificate Manager module.", [
    ["device-bond", "Certificate bond with device", "When a certificate is configured into a device", "info", E],
    ["created", "Certificate creation", "When a certificate is created. Can be triggered by automatically issue or manual import", "info", E],
    ["expiration-alert-1d", "Certificate expiration alert: 1 day", "Some certificates will be expired on 1 day", "critical", T],
    ["expiration-alert-30d", "Certificate expiration alert: 30 days", "Some certificates will be expired on 30 days", "medium", T],
    ["expiration-alert-7d", "Certificate expiration alert: 7 days", "Some certificates will be expired on 7 days", "high", T],
    ["expiration-alert-today", "Certificate expiration alert: Today", "Some certificates will be expired today", "critical", T, true],
    ["expiration-warning-15d", "Certificate expiration warning: 15 days", "Some certificates will be expired on 15 days", "medium", T],
    ["expiration-warning-60d", "Certificate expiration warning: 60 days", "Some certificates will be expired on 60 days", "low", T],
    ["expiration-warning-90d", "Certificate expiration warning: 90 days", "Some certificates will be expired on 90 days", "info", T],
    ["password-view", "Certificate password view", "Some user has viewed the certificate password on plain-text", "high", E, true],
    ["renewal", "Certificate renewal", "A certificate has been renewed at targets devices", "info", E],
    ["revocation", "Certificate revocation", "A certificate has been revoked at targets devices", "high", E],
    ["download", "Download", "Some user has downloaded a certificate from senhasegura . This certificate can be a valid and published one, an old one or even a unused certificate", "medium", E],
    ["publish-profile-management", "Publish profile management", "A publish profile configuration has been created or changed", "low", E],
    ["request-management", "Request management", "A certificate request CSR has been created or changed", "low", E],
    ["request-password-view", "Request password view", "A certificate request CSR password has been viewed", "high", E],
  ]),
  category("command-audit", "Command audit", "SSH Proxy session audited command execution.", [
    ["allow", "Command detected - Allow", "Some user has executed an audited command", "low", E],
    ["block", "Command detected - Block", "Some user has tried to execute an audited command configured to be blocked", "high", E],
    ["block-and-interrupt", "Command detected - Block and interrupt session", "Some user has tried to execute an audited command configured to be blocked. His session was immediately interrupted", "critical", E, true],
    ["high-urgency", "Command detected - High Urgency", "Some user has tried to execute an audited command configured with high score", "high", E],
    ["low-urgency", "Command detected - Low Urgency", "Some user has tried to execute an audited command configured with low score", "low", E],
    ["medium-urgency", "Command detected - Medium Urgency", "Some user has tried to execute an audited command configured with medium score", "medium", E],
  ], RESTRICTED),
  category("credentials", "Credentials", "PAM Credentials operations.", [
    ["owner-configuration", "Credential Owner configuration", "Some credential has been created or changed to has a dedicated owner", "low", E],
    ["password-changed", "Password changed", "Some credential has it password changed manually or by Execution module template", "medium", E],
    ["password-daily-summary", "Password daily summary", "A report with credentials operations summary", "info", R],
    ["password-expired", "Password Expired", "A report with credentials with expired password", "medium", R],
    ["password-viewed", "Password Viewed", "A report with credentials that has been requested by users to see its plain-text passwords", "medium", R],
  ]),
  category("devices", "Devices", "PAM Devices monitoring.", [
    ["connectivity-lost", "Lost of connectivity", "Devices that lost connectivity over the configured ports", "high", T],
    ["connectivity-restored", "Reestabilished Connectivity", "Devices that recovery connectivity after been flagged as connectivity lost", "info", T],
  ]),
  category("monitoring", "Monitoring", "Server instance resources monitoring.", [
    ["cpu-critical", "CPU Usage - Critical", "CPU is running over 90% usage over 10 minutes", "critical", T, true],
    ["cpu-high", "CPU Usage - High", "CPU is running over 70% usage over 10 minutes", "high", T],
    ["password-change-daily-report", "Daily report of change of passwords", "A report with credentials operations summary", "info", R],
    ["disk-low-high", "Low disk space - High Urgency", "Storage is running under 10% of free space", "high", T, true],
    ["disk-low-low", "Low disk space - Low Urgency", "Storage is running under 30% of free space", "low", T],
    ["disk-low-medium", "Low disk space - Medium Urgency", "Storage is running under 20% of free space", "medium", T],
    ["memory-critical", "Memory Usage - Critical", "RAM is running over 90% usage over 10 minutes", "critical", T, true],
    ["memory-high", "Memory Usage - High", "RAM is running over 70% usage over 10 minutes", "high", T],
    ["disk-daily", "Space disk - Daily notification", "Storage usage daily report", "info", R],
    ["dashboard-pdf-download", "User downloaded the PDF with system dashboard", "Some user has downloaded a dashboard as PDF. This alert exists to make clear that some data has exported by some user", "medium", E],
  ]),
  category("password-backup", "Password backup", "Backup procedures.", [
    ["backup-performed", "Backup performed", "A privileged information backup has been made using the master key. This backup execution can be executed automatically by system schedule, or manually by user request.", "info", E],
    ["ceremony-completed", "Ceremony process completed", "A master key ceremony has been made", "high", E, true],
    ["ceremony-started", "Ceremony process started", "A master key ceremony has been started", "high", E, true],
    ["backup-error", "Error on backup", "An error occurred during a privileged information backup", "critical", E, true],
    ["key-fraction-pdf-download", "User downloaded the PDF with his part of the key", "Some Master Key Fraction Guardian has downloaded its own key fraction as PDF document", "high", E, true],
    ["key-fraction-viewed", "User has seen his part of the key", "Some Master Key Fraction Guardian has viewed its own key fraction as plain-text", "high", E, true],
  ], RESTRICTED),
  category("password-operation", "Password operation", "PAM credentials operations running by Execution module.", [
    ["activation-executed", "Activation executed", "A credential has been activated into target device by Execution module", "info", E],
    ["change-executed", "Change Executed", "A credential has taken its password changed into target device by Execution module", "info", E],
    ["activation-error", "Error on activation", "An error occurred when tried to activate into target device by Execution module", "high", E],
    ["change-error", "Error on change", "An error occurred when tried to change password into target device by Execution module", "high", E],
  ]),
  category("protected-information", "Protected information", "PAM Protected information operations.", [
    ["changed", "Information changed", "Some protected information has been changed", "medium", E],
    ["expired", "Information expired", "Some protected information has expired", "medium", E],
    ["viewed", "Information viewed", "Some user requested protected information data. This user had access to its password, file or content", "medium", E],
  ]),
  category("remote-session", "Remote session", "senhasegura Proxy operations.", [
    ["video-requested", "Generate video for download", "Some user requested MP4 video generate", "info", E],
    ["text-indexed", "Indexed text session", "senhasegura finished to index a proxy session texts", "info", E],
    ["file-modified", "Session file modified", "A session had its audit source file changed", "critical", E, true],
    ["started", "Session started", "A proxy session is started", "info", E],
    ["terminated", "Session terminated", "A proxy session is finished", "info", E],
    ["video-ready", "Video scheduled for download", "The requested video generate has finished", "info", E],
  ]),
  category("user-behavior", "User behavior", "Unusual behaviors detected by User behavior module.", [
    ["unusual-origin-access", "Access unusual origin", "A proxy session started by some user from an unusual origin for that user or credential", "high", E],
    ["unusual-duration-access", "Access with unusual average length", "A proxy session with a unusual duration time for that user or credential", "medium", E],
    ["unusual-time-access", "Accesses at unusual time", "A proxy session with a unusual starting time for that user or credential", "medium", E],
    ["excessive-accesses", "Excessive number of accesses", "Some credential are been requested more than the usual. Or some user is requesting credentials more than usual", "high", E],
    ["unusual-accesses", "Unusual accesses", "Some device is been accessed into an unusual time, user or IP", "high", E],
    ["excessive-views", "Excessive views", "Some credential is been requested as plain-text more than the usual", "high", E],
    ["unusual-time-views", "Views on unusual time", "Some credential is been requested as plain-text into unusual date time", "medium", E],
    ["unusual-credential-views", "Unusual credential views", "Some user is requesting plain-text view of an unusual credential for him", "high", E],
    ["unusual-origin-views", "Views with unusual origin", "Some user is requesting plain-text view of an unusual origin IP", "high", E],
    ["new-geoip-login", "New geoip location login", "Some user made Domum login from a new geoip location", "medium", E],
    ["unauthorized-geoip-login", "Unauthorized geoip login attempt", "Some user tried to access Domum from an unauthorized geoip location", "critical", E, true],
  ], RESTRICTED),
  category("workstation", "Workstation", "senhasegura.go for Windows or Linux.", [
    ["application-completed", "Application completed", "An impersoned application execution has ended", "info", E],
    ["application-started", "Application started", "An impersoned application execution started", "info", E],
    ["control-panel", "Control panel", "An impersoned control panel applet has been accessed", "low", E],
    ["copy-password", "Copy password", "A credential password has been copied", "medium", E],
    ["network-credential-use", "Credential use for network access", "A credential has been used to access a network sharing", "low", E],
    ["scan-change", "Directory and file scan - Change", "The directory and file scan changed some permission policies based on backoffice configuration", "medium", E],
    ["scan-exclusion", "Directory and file scan - Exclusion", "The directory and file scan removed some permission policies based on backoffice configuration", "medium", E],
    ["scan-inclusion", "Directory and file scan - Inclusion", "The directory and file scan added some permission policies based on backoffice configuration", "medium", E],
    ["client-download", "Download of senhasegura.go version performed", "The senhasegura.go client has downloaded a new version from backoffice", "info", E],
    ["credentials-error", "Error retrieving credentials", "An error occurred when the senhasegura.go client tried to request the user credential list", "high", E],
    ["go-offline", "Go offline", "The user requested to start senhasegura.go offline mode", "low", E],
    ["go-online", "Go online", "The user requested to stop senhasegura.go offline mode", "info", E],
    ["macro", "Macro", "A macro was executed by some user", "low", E],
    ["network-adapter", "Network Adapter", "A network adapter settings applet was accessed by some user", "low", E],
    ["network-share", "Network share", "A network share path has been registered by some user", "low", E],
    ["new-version", "New senhasegura.go version", "A new senhasegura.go version is available at senhasegura backoffice", "info", E],
    ["runas", "Runas", "An impersoned application execution started from Windows context menu", "low", E],
    ["version-approved", "senhasegura.go version approved", "The MSI installer has been approved by administrator to be installed automatically from senhasegura.go client", "info", E],
    ["version-disabled", "senhasegura.go version disabled", "The MSI installer has been rejected by administrator to be installed automatically from senhasegura.go client", "info", E],
    ["version-installed", "senhasegura.go version installed", "Some workstation has installed the new version and reported to backoffice", "info", E],
    ["uninstall", "Uninstall", "The user uninstalled some application using senhasegura.go elevation", "medium", E],
    ["untrusted-dll", "Untrusted DLL", "The user tried to execute an application that has a DLL considered as untrusted", "high", E],
    ["user-approved", "User", "The workstation local user has been approved to use senhasegura.go", "low", E],
    ["uac", "Using UAC", "The user used senhasegura.go to authenticate Windows UAC prompt", "low", E],
    ["view-password", "View password", "The user viewed the credential password as plain-text", "medium", E],
    ["workstation-approved", "Workstation approved", "The workstation has been approved to use senhasegura.go", "low", E],
    ["registration", "Workstation registration", "The workstation requested authorization to use senhasegura.go", "low", E],
  ]),
];

export const notificationTypes: readonly NotificationTypeDefinition[] = categories.flatMap((c) => c.types);

const typesByKey = new Map(notificationTypes.map((type) => [type.key, type]));
const categoriesByKey = new Map(categories.map((c) => [c.key, c]));

export function findType(key: string): NotificationTypeDefinition | undefined {
  return typesByKey.get(key);
}

export function findCategory(key: string): CategoryDefinition | undefined {
  return categoriesByKey.get(key);
}
