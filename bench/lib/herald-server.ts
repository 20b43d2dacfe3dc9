// Herald's production web server (and optionally a worker process) for a benchmark: started from the
// existing `.next` build on 127.0.0.1 with its own database, each in a process group of its own so that
// stopping it also stops whatever Next.js started. Logs go to files beside the bench's data.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import path from "node:path";

export interface Started {
  child: ChildProcess;
  stop(): Promise<void>;
}

function startGroup(
  script: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  cwd: string,
  nodeArgs: string[] = [],
): ChildProcess {
  const out = openSync(logFile, "a");
  try {
    return spawn(process.execPath, [...nodeArgs, "--import", "tsx", script], {
      cwd,
      env,
      detached: true, // its own process group: stop() signals the whole group
      stdio: ["ignore", out, out, "ipc"],
    });
  } finally {
    closeSync(out);
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
function stopGroup(child: ChildProcess, graceMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // the group is gone already
      }
    };
    if (child.exitCode !== null || child.signalCode !== null) {
      signal("SIGKILL"); // stragglers of an exited leader
      return resolve();
    }
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      signal("SIGKILL");
      resolve();
    });
    signal("SIGTERM");
  });
}

export interface ServerOptions {
  databaseUrl: string;
  port: number;
  authSecret: string;
  /** Absolute. */
  logDir: string;
  /**
   * The directory the processes run in, whose `.next` is served (default: this one). On a machine where
   * others rebuild `.next` meanwhile, a copy of the build beside symlinks to the sources keeps it steady.
   */
  appDir?: string;
}

function baseEnv(options: ServerOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    APP_URL: `http://127.0.0.1:${options.port}`,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** scripts/server.ts (what `npm start` runs) from the current `.next`; resolves when it listens. */
export async function startWebServer(options: ServerOptions): Promise<Started> {
  const appDir = options.appDir ?? process.cwd();
  if (!existsSync(path.join(appDir, ".next/BUILD_ID"))) {
    throw new Error(`No production build in ${appDir}: run \`npm run build\` first.`);
  }
  // BENCH_SERVER_NODE_ARGS: extra node flags for the web server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = startGroup(
    "scripts/server.ts",
    baseEnv(options),
    path.join(options.logDir, "server.log"),
    appDir,
    nodeArgs,
  );
  const started = { child, stop: () => stopGroup(child) };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("The web server did not start within 120 s")), 120_000);
      child.on("message", (message: { type?: string }) => {
        if (message.type === "ready") {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`The web server exited (code ${code}); see ${options.logDir}/server.log`));
      });
    });
  } catch (error) {
    await started.stop();
    throw error;
  }
  return started;
}

/** scripts/worker.ts with one worker loop and no scheduler (what `npm start` adds beside the web server). */
export function startWorkerProcess(options: ServerOptions): Started {
  const child = startGroup(
    "scripts/worker.ts",
    { ...baseEnv(options), HERALD_WORKERS: "1", HERALD_SCHEDULER: "false" },
    path.join(options.logDir, "worker.log"),
    // Not appDir: the worker serves no build, and tsx compiles the e-mails' JSX only under this tsconfig.
    process.cwd(),
  );
  return { child, stop: () => stopGroup(child) };
}
