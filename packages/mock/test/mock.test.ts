import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpecPath, freePort, type MockServer, startMock } from "../src/index.js";

const spec = fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("bundled spec", () => {
  it("is the repository's spec, at the package root that package.json exports and ships", () => {
    // The build copies it; turbo runs the build before this test.
    expect(readFileSync(bundledSpecPath(), "utf8")).toBe(readFileSync(spec, "utf8"));
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.exports["./openapi.json"]).toBe("./openapi.json");
    expect(pkg.files).toContain("openapi.json");
  });
});

describe("startMock", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ spec });
  }, 60_000);
  afterAll(() => mock?.close());

  it("serves the spec: 200 with a key, 401 without", async () => {
    const ok = await fetch(`${mock.url}/v1/phone-numbers`, { headers: { Authorization: "k" } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    const denied = await fetch(`${mock.url}/v1/phone-numbers`);
    expect(denied.status).toBe(401);
    await denied.body?.cancel();
  });

  it("answers a malformed JSON body with 400 instead of hanging (pinned Prism sub-packages)", async () => {
    const response = await fetch(`${mock.url}/v1/messages`, {
      method: "POST",
      headers: { Authorization: "k", "Content-Type": "application/json" },
      body: "{not json",
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(400);
    await response.body?.cancel();
  });

  it("`await mock.close()` as the last line of an ES module script exits 0 (built package)", async () => {
    // A detached, unref'd child used to let the event loop drain before its exit event: exit code 13.
    const dist = new URL("../dist/index.mjs", import.meta.url).href;
    const script = `import { startMock } from ${JSON.stringify(dist)};
const mock = await startMock({ spec: ${JSON.stringify(spec)} });
await mock.close();
console.log("closed");`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: "closed" });
  }, 60_000);

  it("close() stops the Prism process", async () => {
    const other = await startMock({ spec });
    expect(alive(other.pid)).toBe(true);
    await other.close();
    expect(alive(other.pid)).toBe(false);
  }, 60_000);
});

describe("openphone-mock CLI", () => {
  it("listens on --port until SIGTERM", async () => {
    const port = await freePort();
    const bin = fileURLToPath(new URL("../bin/openphone-mock.mjs", import.meta.url));
    const child = spawn(process.execPath, [bin, "--port", String(port), "--spec", spec], { stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${output}`)), 45_000);
      child.stdout.on("data", () => {
        if (output.includes("listening on")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(output).toContain(`http://127.0.0.1:${port}`);
    const response = await fetch(`http://127.0.0.1:${port}/v1/webhooks`, { headers: { Authorization: "k" } });
    expect(response.status).toBe(200);
    await response.body?.cancel();
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});

describe("a process that exits without close()", () => {
  it("takes its Prism down with it", async () => {
    // The built package, as a consumer runs it (turbo builds before testing).
    const script = `import { startMock } from ${JSON.stringify(new URL("../dist/index.mjs", import.meta.url).href)};
const mock = await startMock({ spec: ${JSON.stringify(spec)} });
console.log(mock.pid);
process.exit(0);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "pipe" });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    await new Promise((resolve) => child.once("exit", resolve));
    const pid = Number(out.trim());
    expect(pid).toBeGreaterThan(0);
    // SIGKILL is delivered at once; the orphan is reaped by init a moment later.
    for (let waited = 0; alive(pid) && waited < 5_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(alive(pid)).toBe(false);
  }, 60_000);
});
