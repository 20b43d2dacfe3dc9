// The scheduler's "devices" job: every minute, probe the registered devices (checks.ts). No
// "server-only": it runs in the worker process, so probes never block the web server.
import type { JobDefinition } from "@/lib/dispatch/jobs/types";
import { runDeviceChecks } from "./checks";

export function devicesJob(options: { appUrl: string }): JobDefinition {
  return {
    name: "devices",
    pattern: "* * * * *",
    async run({ db, now }) {
      const outcomes = await runDeviceChecks(db, {
        now,
        detailsUrl: new URL("/system/devices", options.appUrl).toString(),
      });
      return {
        checked: outcomes.length,
        unreachable: outcomes.filter((o) => !o.ok).length,
        transitions: outcomes
          .filter((o) => o.transition)
          .map((o) => ({ deviceId: o.deviceId, kind: o.transition })),
      };
    },
  };
}
