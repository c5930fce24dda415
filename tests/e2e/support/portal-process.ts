// Starts the real portal (scripts/start.ts, production build) as a child process with its own
// embedded database folder and ports, and stops it. The child is node itself (no npm or shell in
// between), so its PID is the server's.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../scripts/lib/embedded-database";

export interface PortalProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends the signal to the portal; with `group`, to its whole process group, as Ctrl-C does. */
  stop(signal?: NodeJS.Signals, options?: { group?: boolean }): Promise<number | null>;
}

export interface PortalOptions {
  dataDir: string;
  dbPort: number;
  port: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function runScript(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    // Its own process group, like a terminal's foreground job: Ctrl-C reaches every process in it.
    detached: true,
    env: { ...process.env, ...env, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function portalEnv(options: PortalOptions): Record<string, string> {
  return {
    EMBEDDED_DB_DIR: options.dataDir,
    EMBEDDED_DB_PORT: String(options.dbPort),
    PORT: String(options.port),
    NODE_ENV: "production",
    ...options.env,
  };
}

export async function startPortal(options: PortalOptions): Promise<PortalProcess> {
  const child = runScript("scripts/start.ts", portalEnv(options));
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`portal did not start:\n${output}`)),
      options.timeoutMs ?? 120_000,
    );
    const check = () => {
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    stop: async (signal = "SIGTERM", { group = false } = {}) => {
      if (child.exitCode === null && child.signalCode === null) {
        if (group && child.pid) process.kill(-child.pid, signal);
        else child.kill(signal);
      }
      return exited;
    },
  };
}

export function collectOutput(
  child: ChildProcess,
): Promise<{ code: number | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

/** PIDs of live processes whose command line mentions `needle`. */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = path.join("/proc", entry, "cmdline");
    try {
      if (!existsSync(cmdline)) continue;
      const text = readFileSync(cmdline, "utf8").replace(/\0/g, " ");
      if (text.includes(needle) && Number(entry) !== process.pid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
