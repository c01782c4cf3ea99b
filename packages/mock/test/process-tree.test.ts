/**
 * The mock's processes stop with whoever started them. `npx openphone-mock & … kill $!` signals npm alone, and
 * npm does not pass SIGTERM on; the CLI watches the processes that launched it, and Prism watches the CLI.
 * Each test runs the real CLI through real `npx` (npm ships with Node) from a consumer folder, takes a
 * snapshot of the whole process tree, ends the parent, and checks every pid of the tree is gone within a
 * bound (survivors are killed at the end either way, so a failing test leaves nothing running).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const spec = fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const binPath = join(packageDir, "bin", "openphone-mock.mjs");

/** The environment of a plain shell: nothing npm or pnpm set for the test run itself. */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^pnpm_/i.test(key)));

function alive(pid: number): boolean {
  try {
    // A zombie (dead, not yet reaped) counts as gone.
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** `root` and every process below it, from `ps`. */
function tree(root: number): number[] {
  const rows = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, ppid] of rows) if (ppid === found[i] && !found.includes(pid)) found.push(pid);
  }
  return found;
}

/** Waits (up to `boundMs`, polling) until none of `pids` is alive; returns the ones still alive. */
async function survivors(pids: number[], boundMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + boundMs;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return pids.filter(alive);
}

const started: number[] = [];
function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
}

/** Resolves with the CLI's own pid, Prism's pid and URL once `read()` shows the listening line. */
async function listening(
  read: () => string,
  child?: ChildProcess,
): Promise<{ cli: number; prism: number; url: string }> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = /listening on (http:\/\/\S+) \(pid (\d+), Prism pid (\d+)\)/.exec(read());
    if (match) {
      const found = { url: match[1] as string, cli: Number(match[2]), prism: Number(match[3]) };
      started.push(found.cli, found.prism);
      return found;
    }
    if (child && child.exitCode !== null) throw new Error(`exited (${child.exitCode}) before listening:\n${read()}`);
    if (Date.now() > deadline) throw new Error(`no listening line within 90 s:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/webhooks`, {
      headers: { Authorization: "k" },
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

let consumer: string;
beforeAll(() => {
  // A consumer project with the package installed the way npm links it: node_modules/.bin/openphone-mock.
  consumer = mkdtempSync(join(tmpdir(), "openphone-mock-consumer-"));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  mkdirSync(join(consumer, "node_modules", ".bin"), { recursive: true });
  mkdirSync(join(consumer, "node_modules", "@openphone-sdk"), { recursive: true });
  symlinkSync(packageDir, join(consumer, "node_modules", "@openphone-sdk", "mock"), "dir");
  symlinkSync(
    "../@openphone-sdk/mock/bin/openphone-mock.mjs",
    join(consumer, "node_modules", ".bin", "openphone-mock"),
  );
});

afterAll(() => {
  killAll(started);
  rmSync(consumer, { recursive: true, force: true });
});

describe("the CLI's process tree stops with its parent", () => {
  it("`npx openphone-mock`, npx killed with SIGTERM (`kill $!`): npm, sh, the CLI and Prism all exit", async () => {
    const npx = spawn("npx", ["--no-install", "openphone-mock", "--port", "0", "--spec", spec], {
      cwd: consumer,
      env: cleanEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    npx.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    npx.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    const { cli, prism, url } = await listening(() => output, npx);
    const pids = tree(npx.pid as number);
    started.push(...pids);
    // npm, the `sh -c` npm runs the bin with, the CLI, Prism.
    expect(pids).toEqual(expect.arrayContaining([npx.pid, cli, prism]));
    expect(pids.length).toBeGreaterThanOrEqual(4);
    expect(await answers(url)).toBe(true);

    npx.kill("SIGTERM");
    expect(await survivors(pids)).toEqual([]);
    expect(await answers(url)).toBe(false);
  }, 150_000);

  it("a script that ran `npx openphone-mock &` and exits without killing it takes the mock along", async () => {
    const log = join(consumer, "script.log");
    const script = [
      `npx --no-install openphone-mock --port 0 --spec "$0" > "$1" 2>&1 &`,
      `echo $!`,
      `i=0; until grep -q "listening on" "$1"; do sleep 0.1; i=$((i+1)); [ $i -gt 900 ] && exit 1; done`,
      `exit 0`,
    ].join("\n");
    const output = execFileSync("sh", ["-c", script, spec, log], { cwd: consumer, env: cleanEnv, encoding: "utf8" });
    const npxPid = Number(output.trim());
    const { cli, prism, url } = await listening(() => readFileSync(log, "utf8"));
    const pids = tree(npxPid).concat([cli, prism]);
    started.push(...pids);
    expect(await survivors([...new Set(pids)])).toEqual([]);
    expect(await answers(url)).toBe(false);
  }, 150_000);

  it("--no-exit-with-parent keeps it running after the script exits (until it is stopped)", async () => {
    const log = join(consumer, "detached.log");
    const script = `npx --no-install openphone-mock --port 0 --spec "$0" --no-exit-with-parent > "$1" 2>&1 &
i=0; until grep -q "listening on" "$1"; do sleep 0.1; i=$((i+1)); [ $i -gt 900 ] && exit 1; done
exit 0`;
    execFileSync("sh", ["-c", script, spec, log], { cwd: consumer, env: cleanEnv });
    const { cli, prism, url } = await listening(() => readFileSync(log, "utf8"));
    // Give a watcher time to act, if there wrongly were one (it polls twice a second).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect([alive(cli), alive(prism), await answers(url)]).toEqual([true, true, true]);
    process.kill(cli, "SIGTERM");
    expect(await survivors([cli, prism])).toEqual([]);
  }, 150_000);

  it("the CLI killed with SIGKILL (no chance to clean up): Prism notices and exits", async () => {
    const child = spawn(process.execPath, [binPath, "--port", "0", "--spec", spec], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on("data", () => {});
    const { cli, prism } = await listening(() => output, child);
    expect(cli).toBe(child.pid);
    child.kill("SIGKILL");
    expect(await survivors([cli, prism])).toEqual([]);
  }, 150_000);

  it("a script using startMock() killed with SIGTERM (no handler, no 'exit' event): Prism exits too", async () => {
    const dist = new URL("../dist/index.mjs", import.meta.url).href;
    const script = `import { startMock } from ${JSON.stringify(dist)};
const mock = await startMock({ spec: ${JSON.stringify(spec)} });
console.log("listening on " + mock.url + " (pid " + process.pid + ", Prism pid " + mock.pid + ")");
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on("data", () => {});
    const { cli, prism, url } = await listening(() => output, child);
    child.kill("SIGTERM");
    expect(await survivors([cli, prism])).toEqual([]);
    expect(await answers(url)).toBe(false);
  }, 150_000);
});
