/**
 * Stopping with the parent. `npx openphone-mock &` runs `npm exec` -> `sh -c openphone-mock` -> node; `kill $!`
 * signals npm alone, and npm does not pass SIGTERM on, so the mock (and its Prism) would keep running. The CLI
 * therefore watches the processes that launched it: the chain of launchers above it (npm, npx, pnpm, yarn,
 * `sh -c`) and the first process above them (the script or shell that ran `npx`). When any of them is gone,
 * the mock shuts down. Prism in turn watches the mock (see prismGuard), so a mock killed with SIGKILL does
 * not leave Prism behind either.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";

interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Process start time (Linux: clock ticks since boot), to tell a pid that was reused. */
  start?: string;
  zombie?: boolean;
  argv: string[];
}

const hasProc = process.platform === "linux" && existsSync("/proc/self/stat");

function readProc(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces or ")": read after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return { pid, ppid: Number(fields[1]), start: fields[19], zombie: fields[0] === "Z", argv };
  } catch {
    return undefined;
  }
}

function readPs(pid: number): ProcessInfo | undefined {
  try {
    const out = execFileSync("ps", ["-o", "ppid=,command=", "-p", String(pid)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 2_000,
    }).trim();
    const m = /^(\d+)\s+(.*)$/.exec(out);
    return m ? { pid, ppid: Number(m[1]), argv: (m[2] as string).split(/\s+/) } : undefined;
  } catch {
    return undefined;
  }
}

function info(pid: number): ProcessInfo | undefined {
  return hasProc ? readProc(pid) : readPs(pid);
}

const LAUNCHERS = /^(npm|npx|npm-cli\.js|npx-cli\.js|pnpm|pnpx|pnpm\.c?js|yarn|yarnpkg|yarn\.c?js|bunx|corepack)$/;
const SHELLS = /^(sh|bash|dash|zsh|ash|ksh)$/;

/** A process that only runs another command: a package runner, or a shell running `-c <command>`. */
export function isLauncher(argv: string[]): boolean {
  const [first = "", second = ""] = argv.map((arg) => basename(arg));
  if (LAUNCHERS.test(first)) return true;
  if (/^node(\.exe)?$/.test(first) && LAUNCHERS.test(second)) return true;
  // npm sets its process title to the command it runs (`npm exec openphone-mock …`).
  if (/^npm (exec|run|run-script|x|start|test)\b/.test(argv[0] ?? "")) return true;
  // `sh -c "<command>"` (how npm, pnpm and yarn run a bin), also with clustered flags (`-ec`).
  return SHELLS.test(first.replace(/^-/, "")) && argv.slice(1).some((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
}

/** The processes to watch: the launchers above this one, and the first process above them. */
export function watchedAncestors(): ProcessInfo[] {
  const watched: ProcessInfo[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 16 && pid > 1; depth++) {
    const ancestor = info(pid);
    if (!ancestor) break;
    watched.push(ancestor);
    if (!isLauncher(ancestor.argv)) break;
    pid = ancestor.ppid;
  }
  return watched;
}

function gone(watched: ProcessInfo): boolean {
  if (hasProc) {
    const now = readProc(watched.pid);
    return !now || now.zombie === true || now.start !== watched.start;
  }
  try {
    process.kill(watched.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Calls `onGone` once when the process that started this one (through any launchers) has exited.
 * Returns a function that stops watching. The timer is unref'd: it never keeps the process alive.
 */
export function onParentExit(onGone: () => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const watched = watchedAncestors();
  const timer = setInterval(() => {
    if (process.ppid !== parent || watched.some(gone)) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Source of the preload that Prism runs with (`node -e <this> prism.js mock …`): Prism exits once the process
 * that started it (the mock) is gone, even when that process was killed with SIGKILL and could not stop it.
 */
export function prismGuard(parentPid: number): string {
  return [
    `const parent = ${parentPid};`,
    `setInterval(() => {`,
    `  let alive = process.ppid === parent;`,
    `  if (alive) { try { process.kill(parent, 0); } catch (e) { alive = e.code !== "ESRCH"; } }`,
    `  if (!alive) process.exit(0);`,
    `}, 500).unref();`,
    `require(process.argv[1]);`,
  ].join("\n");
}
