import { z } from "zod";
import { count, credential, detailsUrl, device, errorInfo, text, timestamp } from "./blocks";
import { credentials, devices, pamConsole } from "./sample-data";
import type { CategorySamples, CategorySchemas } from "./types";

// The Execution module activating a credential on its device or changing its password there.
const execution = z.object({
  credential,
  device,
  executionTemplate: text(120),
  executionId: text(64),
  finishedAt: timestamp,
  detailsUrl,
});

const failedExecution = execution.extend({
  error: errorInfo,
  attempt: count.min(1),
  nextAttemptAt: timestamp.optional(),
});

export const passwordOperationSchemas = {
  "password-operation.activation-executed": execution,
  "password-operation.change-executed": execution,
  "password-operation.activation-error": failedExecution,
  "password-operation.change-error": failedExecution,
} satisfies CategorySchemas<"password-operation">;

const base = {
  credential: credentials.fw,
  device: devices.fw,
  executionTemplate: "FortiGate – change admin password (SSH)",
  executionId: "EXE-903114",
  finishedAt: "2026-11-24T04:02:55Z",
  detailsUrl: `${pamConsole}/executions/EXE-903114`,
};

const failure = {
  ...base,
  error: {
    code: "AUTH_FAILED",
    message: "SSH authentication failed: the current password was not accepted by fw-edge-sp-02.",
  },
  attempt: 2,
  nextAttemptAt: "2026-11-24T05:02:55Z",
};

export const passwordOperationSamples: CategorySamples<typeof passwordOperationSchemas> = {
  "password-operation.activation-executed": {
    ...base,
    executionTemplate: "FortiGate – enable local admin (SSH)",
  },
  "password-operation.change-executed": base,
  "password-operation.activation-error": {
    ...failure,
    executionTemplate: "FortiGate – enable local admin (SSH)",
  },
  "password-operation.change-error": failure,
};
