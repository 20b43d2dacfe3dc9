// Demo people and groups. The logins are printed by `npm start` and listed in the README.
export const demoPasswords = {
  admin: "Herald-Admin-2026!",
  auditor: "Herald-Audit-2026!",
  user: "Herald-User-2026!",
} as const;

export const demoAdmin = { email: "admin@herald.local", name: "Ana Admin", role: "ADMIN" as const };
export const demoAuditor = {
  email: "auditor@herald.local",
  name: "Otávio Auditor",
  role: "AUDITOR" as const,
};

export const demoGroups = [
  {
    name: "Security Operations",
    description: "24/7 SOC: alerts on anomalies, blocked commands and threshold breaches",
  },
  { name: "PAM Administrators", description: "Own the vault, the session proxy and the certificate manager" },
  { name: "Auditors", description: "Compliance and internal audit: read-only oversight" },
  { name: "Help Desk", description: "First-line support for credential and access requests" },
  { name: "Workstation Team", description: "Run senhasegura.go on Windows and Linux endpoints" },
] as const;

type GroupName = (typeof demoGroups)[number]["name"];

/** Demo users: name, locale, time zone and groups. E-mail is derived from the name. */
export const demoUsers: { name: string; locale: "en" | "pt-BR"; timeZone: string; groups: GroupName[] }[] = [
  { name: "Beatriz Souza", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Security Operations"] },
  {
    name: "Carlos Mendes",
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    groups: ["Security Operations", "PAM Administrators"],
  },
  { name: "Diana Walsh", locale: "en", timeZone: "Europe/London", groups: ["Security Operations"] },
  { name: "Eduardo Lima", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Security Operations"] },
  { name: "Fatima Khan", locale: "en", timeZone: "Europe/London", groups: ["Security Operations"] },
  { name: "Gabriel Rocha", locale: "pt-BR", timeZone: "America/Recife", groups: ["PAM Administrators"] },
  { name: "Hannah Becker", locale: "en", timeZone: "Europe/Berlin", groups: ["PAM Administrators"] },
  {
    name: "Igor Santos",
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    groups: ["PAM Administrators", "Workstation Team"],
  },
  { name: "Julia Costa", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Auditors"] },
  { name: "Kevin O'Brien", locale: "en", timeZone: "America/New_York", groups: ["Auditors"] },
  {
    name: "Larissa Alves",
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    groups: ["Auditors", "Security Operations"],
  },
  { name: "Marcos Pereira", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Help Desk"] },
  { name: "Nina Ivanova", locale: "en", timeZone: "Europe/Lisbon", groups: ["Help Desk"] },
  { name: "Otto Schmidt", locale: "en", timeZone: "Europe/Berlin", groups: ["Help Desk"] },
  {
    name: "Paula Ribeiro",
    locale: "pt-BR",
    timeZone: "America/Sao_Paulo",
    groups: ["Help Desk", "Workstation Team"],
  },
  { name: "Quentin Dubois", locale: "en", timeZone: "Europe/Paris", groups: ["Workstation Team"] },
  { name: "Rafaela Martins", locale: "pt-BR", timeZone: "America/Manaus", groups: ["Workstation Team"] },
  { name: "Samuel Okafor", locale: "en", timeZone: "Africa/Lagos", groups: ["Workstation Team"] },
  { name: "Tatiana Gomes", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Security Operations"] },
  { name: "Ulrich Weber", locale: "en", timeZone: "Europe/Zurich", groups: ["PAM Administrators"] },
  { name: "Vanessa Cardoso", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Help Desk"] },
  { name: "William Chen", locale: "en", timeZone: "Asia/Singapore", groups: ["Security Operations"] },
  { name: "Xavier Nunes", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: [] },
  { name: "Yara Fernandes", locale: "pt-BR", timeZone: "America/Sao_Paulo", groups: ["Auditors"] },
  { name: "Zoe Turner", locale: "en", timeZone: "Australia/Sydney", groups: ["Workstation Team"] },
];

export function demoEmail(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return `${ascii.replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "")}@herald.local`;
}
