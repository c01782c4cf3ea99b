/**
 * `pnpm test:e2e`: the packages as a team gets them from a registry.
 *
 * 1. Starts a real Verdaccio on loopback (temp storage; our scope is publish-only, never proxied).
 * 2. Copies the repository (sources, no build output) to a temp folder and runs the release flow
 *    there: a changeset bumping every public package, `changeset version`, then `pnpm release`
 *    (turbo build + `changeset publish`, i.e. pnpm publish) with the registry pointed at Verdaccio. The repository itself is never modified, and the
 *    registry setting is checked to be loopback before anything is published.
 * 3. Runs the README's "Local builds" commands in the copy (`pnpm pack` of core and messages) and installs the
 *    tarballs into another fresh project, which makes a call.
 * 4. Creates a fresh npm project, `npm install @openphone-sdk/messages @openphone-sdk/client` and
 *    `npm install -D @openphone-sdk/mock typescript @types/node` from that registry.
 * 5. On Node 20, 22 and 24 (real binaries): an ESM script and a CommonJS script call the Prism mock
 *    started through the published mock package, and `npx openphone-mock --port <p>` serves and stops.
 * 6. `tsc --noEmit` on a TypeScript consumer under moduleResolution node16 (ESM and CJS files) and bundler.
 *
 * Builds in the copy (after versioning, as a release does); E2E_KEEP=1 keeps the temp folder.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureTools, TOOL_VERSIONS } from "./other-runtimes.js";
import { cacheDir, ensureNode, type Runtime } from "./runtimes.js";
import { run, seconds, step } from "./util.js";
import { startVerdaccio } from "./verdaccio.js";
import { type PackageJson, publicPackages, REPO_ROOT, readJson } from "./workspace.js";

const CONSUMER_FIXTURES = fileURLToPath(new URL("../consumer/", import.meta.url));
const MAJORS = [20, 22, 24];
const PRISM_PINS: Record<string, string> = {
  "@stoplight/prism-core": "5.8.0",
  "@stoplight/prism-http": "5.12.0",
  "@stoplight/prism-http-server": "5.12.2",
};
const TYPESCRIPT = "5.9.3";
const TYPES_NODE = "20.19.43";

/** This process's environment without npm/pnpm run-script variables, which would leak the outer config. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_)/i.test(key)) env[key] = value;
  }
  return env;
}

function changesetBin(): string {
  const require = createRequire(join(REPO_ROOT, "package.json"));
  const pkgFile = require.resolve("@changesets/cli/package.json");
  const { bin } = readJson<{ bin: Record<string, string> }>(pkgFile);
  return join(dirname(pkgFile), bin.changeset as string);
}

/** A copy of the repository to release from: sources and lockfile; no build output, node_modules or git. */
function copyRepository(target: string): void {
  const skip = new Set(["node_modules", ".git", ".turbo", "dist", "docs-site", "coverage"]);
  cpSync(REPO_ROOT, target, {
    recursive: true,
    filter: (source) => !skip.has(source.split(/[\\/]/).pop() ?? ""),
  });
}

/** Every installed copy of `name` under `root`'s node_modules trees: path -> version. */
function installedVersions(root: string, name: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (nodeModules: string, depth: number) => {
    if (depth > 12 || !existsSync(nodeModules)) return;
    const manifest = join(nodeModules, name, "package.json");
    if (existsSync(manifest)) found.set(relative(root, manifest), readJson<PackageJson>(manifest).version);
    for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === ".bin") continue;
      const dirs = entry.name.startsWith("@")
        ? readdirSync(join(nodeModules, entry.name)).map((n) => join(nodeModules, entry.name, n))
        : [join(nodeModules, entry.name)];
      for (const dir of dirs) visit(join(dir, "node_modules"), depth + 1);
    }
  };
  visit(join(root, "node_modules"), 0);
  return found;
}

function lastJsonLine(stdout: string): Record<string, unknown> {
  const line = stdout.trim().split("\n").filter(Boolean).pop() ?? "";
  return JSON.parse(line) as Record<string, unknown>;
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** Debian's Chromium (`.ci/run` installs the `chromium` package when it is missing), or E2E_CHROMIUM. */
function chromium(): string {
  const bin = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(bin)) throw new Error(`no Chromium at ${bin}: apt-get install -y chromium, or set E2E_CHROMIUM`);
  return bin;
}

interface MockCli {
  url: string;
  output(): string;
  /** SIGTERM to the CLI's process group, SIGKILL after 5 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** Starts `npx openphone-mock --port <p>` in the consumer on `runtime`; resolves once it listens. */
async function startMockCli(consumer: string, runtime: Runtime, env: NodeJS.ProcessEnv): Promise<MockCli> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["--no-install", "openphone-mock", "--port", String(port)], {
    cwd: consumer,
    env: { ...env, PATH: `${dirname(runtime.bin)}:${env.PATH ?? ""}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once("exit", () => resolve());
    });
    killGroup("SIGTERM");
    const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const deadline = Date.now() + 60_000;
    while (!output.includes("listening on")) {
      if (child.exitCode !== null) throw new Error(`openphone-mock exited (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`openphone-mock did not start within 60 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}

/** `npx openphone-mock --port <p>` in the consumer, on `runtime`: serves, answers, stops on SIGTERM. */
async function checkMockCli(consumer: string, runtime: Runtime, env: NodeJS.ProcessEnv): Promise<void> {
  const mock = await startMockCli(consumer, runtime, env);
  const { url } = mock;
  try {
    assert.ok(mock.output().includes(url), `CLI reports ${url}: ${mock.output()}`);
    const ok = await fetch(`${url}/v1/webhooks`, {
      headers: { Authorization: "k" },
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(ok.status, 200);
    await ok.body?.cancel();
    const denied = await fetch(`${url}/v1/webhooks`, { signal: AbortSignal.timeout(10_000) });
    assert.equal(denied.status, 401, "no Authorization -> 401");
    await denied.body?.cancel();
    const malformed = await fetch(`${url}/v1/messages`, {
      method: "POST",
      headers: { Authorization: "k", "Content-Type": "application/json" },
      body: "{not json",
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(malformed.status, 400, "malformed JSON body -> 400 (no hang)");
    await malformed.body?.cancel();
  } finally {
    await mock.stop();
  }
  // Prism runs in its own process group; the CLI must have stopped it.
  const deadline = Date.now() + 5_000;
  while (await answers(`${url}/v1/webhooks`)) {
    if (Date.now() > deadline) throw new Error(`Prism still answers on ${url} after openphone-mock was stopped`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Drops turbo cache entries of the release build not used for a week, so the cache cannot grow forever. */
function pruneTurboCache(dir: string): void {
  if (!existsSync(dir)) return;
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isFile() && statSync(file).atimeMs < weekAgo) rmSync(file, { force: true });
  }
}

interface Timing {
  what: string;
  took: string;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const timings: Timing[] = [];
  const timed = async <T>(what: string, task: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    step(what);
    const result = await task();
    timings.push({ what, took: seconds(t) });
    return result;
  };

  const packages = publicPackages();
  const work = mkdtempSync(join(tmpdir(), "openphone-e2e-"));
  console.log(`e2e work folder: ${work}`);
  // Other Node majors download while the packages publish.
  const runtimes = Promise.all(MAJORS.map((major) => ensureNode(major)));
  runtimes.catch(() => undefined);
  const tools = ensureTools();
  tools.catch(() => undefined);

  const uplink = (await run("npm", ["config", "get", "registry"], { env: cleanEnv() })).stdout.trim();
  const registry = await timed(`start Verdaccio (uplink ${uplink})`, () =>
    startVerdaccio(join(work, "registry"), uplink),
  );
  let failed = true;
  try {
    const { host, port } = new URL(registry.url);
    assert.equal(host, `127.0.0.1:${port}`, "the e2e registry is on loopback");
    const authLine = `//127.0.0.1:${port}/:_authToken=e2e-not-a-real-token`;
    const npmrc = join(work, "npmrc");
    writeFileSync(npmrc, `registry=${registry.url}\n${authLine}\n`);
    // Every npm/pnpm below reads only this config: the registry is Verdaccio, whatever ~/.npmrc says.
    const env: NodeJS.ProcessEnv = {
      ...cleanEnv(),
      npm_config_registry: registry.url,
      npm_config_userconfig: npmrc,
      npm_config_update_notifier: "false",
      CI: "1",
    };

    // --- release flow on a throwaway copy
    const repo = join(work, "repo");
    const versions = await timed("changesets: version + publish on a copy of the repository", async () => {
      copyRepository(repo);
      // pnpm publish resolves workspace: ranges from the installed workspace (store is warm: offline-fast).
      await run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--ignore-scripts"], {
        cwd: repo,
        env: cleanEnv(),
        timeoutMs: 300_000,
      });
      writeFileSync(
        join(repo, ".npmrc"),
        `${readFileSync(join(REPO_ROOT, ".npmrc"), "utf8")}registry=${registry.url}\n${authLine}\n`,
      );
      const bumps = packages.map((p) => `"${p.pkg.name}": patch`).join("\n");
      writeFileSync(
        join(repo, ".changeset", "e2e-release.md"),
        `---\n${bumps}\n---\n\ne2e: a throwaway release that proves the packages install from a registry.\n`,
      );
      await run(process.execPath, [changesetBin(), "version"], { cwd: repo, env, timeoutMs: 120_000 });
      const bumped = new Map<string, string>();
      for (const p of packages) {
        const pkg = readJson<PackageJson>(join(repo, "packages", p.dir, "package.json"));
        assert.notEqual(pkg.version, p.pkg.version, `changeset version bumped ${p.pkg.name}`);
        const changelog = readFileSync(join(repo, "packages", p.dir, "CHANGELOG.md"), "utf8");
        assert.ok(changelog.includes(`## ${pkg.version}`), `${p.pkg.name} CHANGELOG.md has ${pkg.version}`);
        bumped.set(pkg.name, pkg.version);
      }
      assert.equal(new URL(env.npm_config_registry as string).hostname, "127.0.0.1", "publishing only to loopback");
      // `pnpm release` = build (the versions are stamped into core) + changeset publish. Turbo's cache
      // lives outside the repository, so an unchanged tree rebuilds from cache on the next run.
      const turboCache = join(cacheDir(), "turbo-cache");
      pruneTurboCache(turboCache);
      const published = await run("pnpm", ["run", "release", "--no-git-tag"], {
        cwd: repo,
        env: { ...env, TURBO_CACHE_DIR: turboCache },
        timeoutMs: 600_000,
      });
      for (const [name, version] of bumped) {
        const response = await fetch(`${registry.url}${name.replace("/", "%2f")}`);
        assert.equal(response.status, 200, `${name} is on the e2e registry\n${published.stdout}${published.stderr}`);
        const doc = (await response.json()) as {
          "dist-tags": Record<string, string>;
          versions: Record<string, PackageJson>;
        };
        assert.equal(doc["dist-tags"].latest, version, `${name}@latest is ${version}`);
        for (const [dep, range] of Object.entries(doc.versions[version]?.dependencies ?? {})) {
          assert.ok(!range.startsWith("workspace:"), `${name} was published with ${dep}@${range}`);
          if (bumped.has(dep))
            assert.equal(range, `^${bumped.get(dep)}`, `${name} depends on ${dep}@^${bumped.get(dep)}`);
        }
      }
      const turbo = /Cached:\s+\d+ cached, \d+ total/.exec(published.stdout)?.[0] ?? "no turbo summary";
      console.log(`build in the copy: ${turbo}`);
      console.log([...bumped].map(([n, v]) => `published ${n}@${v}`).join("\n"));
      return bumped;
    });

    // --- the README's "Local builds": its commands, run as written (temp folders for its example ones)
    await timed(
      "local builds: the README's pnpm pack, then npm install of the tarballs in another project",
      async () => {
        const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
        const block = /### Local builds\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1];
        assert.ok(block, "README.md has a sh block under ### Local builds");
        const packs = join(work, "local-packs");
        const app = join(work, "local-app");
        mkdirSync(app);
        writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "local-app", private: true }, null, 2)}\n`);
        // npm's registry for everything but our packages (openapi-fetch), which only the tarballs provide.
        writeFileSync(join(work, "local-user-npmrc"), `registry=${uplink}\n`);
        const script = block.replaceAll("/tmp/openphone", packs).replaceAll("../your-app", app);
        await run("sh", ["-ec", script], {
          cwd: repo,
          env: {
            ...cleanEnv(),
            npm_config_userconfig: join(work, "local-user-npmrc"),
            // The copy was built by the release step: its turbo cache makes `pnpm build` a cache hit.
            TURBO_CACHE_DIR: join(cacheDir(), "turbo-cache"),
          },
          timeoutMs: 600_000,
        });
        const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(
          join(app, "package-lock.json"),
        );
        for (const name of ["@openphone-sdk/core", "@openphone-sdk/messages"]) {
          const entry = lock.packages[`node_modules/${name}`];
          assert.equal(entry?.version, versions.get(name), `${name}@${versions.get(name)} installed from its tarball`);
          assert.ok(entry?.resolved?.startsWith("file:"), `${name} came from a tarball: ${entry?.resolved}`);
        }
        // A real call from the installed packages: nothing listens on a port just freed, so a typed connection
        // error that names the host and port (refused before anything was sent; maxRetries 0: tried once).
        const closed = await freePort();
        const call = [
          'import { createClient, sendMessage } from "@openphone-sdk/messages";',
          `const client = createClient({ apiKey: "k_local_build", baseUrl: "http://127.0.0.1:${closed}", maxRetries: 0 });`,
          'const error = await sendMessage(client, { content: "hi", from: "PN123abc", to: ["+15555555555"] }).catch((e) => e);',
          "console.log(JSON.stringify({ name: error?.name, message: error?.message }));",
        ].join("\n");
        writeFileSync(join(app, "call.mjs"), call);
        const result = await run(process.execPath, ["call.mjs"], { cwd: app, env: cleanEnv(), timeoutMs: 60_000 });
        const report = lastJsonLine(result.stdout);
        assert.equal(report.name, "APIConnectionError", result.stdout);
        assert.equal(report.message, `POST /v1/messages to 127.0.0.1:${closed} failed: ECONNREFUSED`);
        console.log(`local build call: ${report.name}: ${report.message}`);
      },
    );

    // --- a fresh consumer project
    const consumer = join(work, "consumer");
    await timed("fresh npm project: npm install from the e2e registry", async () => {
      cpSync(CONSUMER_FIXTURES, consumer, { recursive: true });
      // The scope-to-registry setup the README documents: the project's .npmrc maps @openphone-sdk to the
      // team's registry (here Verdaccio) and is the only place that names it; the user config names just the
      // registry for everything else (npm's, through its cache: much faster than via Verdaccio). The
      // `resolved` URLs checked below prove the scope line routed our packages.
      writeFileSync(join(consumer, ".npmrc"), `@openphone-sdk:registry=${registry.url}\n`);
      writeFileSync(join(work, "consumer-user-npmrc"), `registry=${uplink}\n`);
      const installEnv: NodeJS.ProcessEnv = {
        ...cleanEnv(),
        npm_config_userconfig: join(work, "consumer-user-npmrc"),
      };
      writeFileSync(
        join(consumer, "package.json"),
        `${JSON.stringify({ name: "openphone-e2e-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
      );
      const install = (args: string[]) =>
        run("npm", ["install", "--no-audit", "--no-fund", ...args], {
          cwd: consumer,
          env: installEnv,
          timeoutMs: 600_000,
        });
      await install(["@openphone-sdk/messages", "@openphone-sdk/client", "@openphone-sdk/webhooks"]);
      await install(["--save-dev", "@openphone-sdk/mock", `typescript@${TYPESCRIPT}`, `@types/node@${TYPES_NODE}`]);
      for (const [name, version] of versions) {
        const manifest = join(consumer, "node_modules", name, "package.json");
        if (!existsSync(manifest)) continue; // not every package is a dependency of what we installed
        assert.equal(readJson<PackageJson>(manifest).version, version, `installed ${name}@${version}`);
      }
      const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(
        join(consumer, "package-lock.json"),
      );
      for (const name of [
        "@openphone-sdk/messages",
        "@openphone-sdk/client",
        "@openphone-sdk/core",
        "@openphone-sdk/mock",
      ]) {
        const entry = lock.packages[`node_modules/${name}`];
        assert.equal(entry?.version, versions.get(name), `${name}@${versions.get(name)} is installed`);
        assert.ok(entry?.resolved?.startsWith(registry.url), `${name} came from the e2e registry: ${entry?.resolved}`);
      }
      assert.ok(
        existsSync(join(consumer, "node_modules", "@openphone-sdk", "mock", "openapi.json")),
        "mock ships the spec",
      );
      for (const [name, pinned] of Object.entries(PRISM_PINS)) {
        const copies = installedVersions(consumer, name);
        assert.ok(copies.size > 0, `${name} is installed`);
        for (const [where, version] of copies)
          assert.equal(version, pinned, `${where} is ${version}, not the pinned ${pinned}`);
      }
    });

    // --- TypeScript consumers: type-checked while the runtime matrix runs (both mostly wait on I/O or Prism).
    const typecheck = (async () => {
      const tsc = join(consumer, "node_modules", "typescript", "bin", "tsc");
      const lines: string[] = [];
      for (const project of ["tsconfig.node16.json", "tsconfig.bundler.json"]) {
        const t = Date.now();
        await run(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: consumer, env, timeoutMs: 300_000 });
        lines.push(`tsc ${project.padEnd(22)} ok  ${seconds(t)}`);
      }
      return lines;
    })();
    typecheck.catch(() => undefined);

    // --- Node 20, 22, 24
    const nodes = await timed("Node runtimes (npm registry, cached)", async () => {
      const list = await runtimes;
      for (const r of list) console.log(`node ${r.version} (${r.source}): ${r.bin}`);
      return list;
    });
    const consumerEnv: NodeJS.ProcessEnv = { ...env, E2E_CORE_VERSION: versions.get("@openphone-sdk/core") };
    const results: string[] = [];
    for (const runtime of nodes) {
      await timed(`Node ${runtime.version}: ESM script, CommonJS script, npx openphone-mock`, async () => {
        const runtimeEnv = { ...consumerEnv, PATH: `${dirname(runtime.bin)}:${consumerEnv.PATH ?? ""}` };
        for (const script of ["esm.mjs", "cjs.cjs"]) {
          const t = Date.now();
          const result = await run(runtime.bin, [script], { cwd: consumer, env: runtimeEnv, timeoutMs: 120_000 });
          const report = lastJsonLine(result.stdout);
          assert.equal(report.ok, true);
          assert.equal(report.node, `v${runtime.version}`);
          results.push(`node ${runtime.version}  ${script.padEnd(8)} ok  ${seconds(t)}`);
        }
        const t = Date.now();
        await checkMockCli(consumer, runtime, env);
        results.push(`node ${runtime.version}  ${"cli".padEnd(8)} ok  ${seconds(t)}  (npx openphone-mock --port)`);
      });
    }

    // --- Bun, Deno and workerd: the portable consumer against one mock (a Node program) started by the CLI.
    const other = await timed("Bun, Deno, workerd runtimes (npm registry, cached)", async () => {
      const t = await tools;
      console.log(
        `bun ${TOOL_VERSIONS.bun}, deno ${TOOL_VERSIONS.deno}, miniflare ${TOOL_VERSIONS.miniflare} (${t.source}): ${t.dir}`,
      );
      return t;
    });
    await timed(
      `Bun ${TOOL_VERSIONS.bun}, Deno ${TOOL_VERSIONS.deno}, workerd (miniflare ${TOOL_VERSIONS.miniflare})`,
      async () => {
        const node20 = nodes.find((r) => r.major === 20) ?? (nodes[0] as Runtime);
        const mock = await startMockCli(consumer, node20, env);
        try {
          const runtimeEnv = {
            ...consumerEnv,
            E2E_MOCK_URL: mock.url,
            E2E_TOOLS_DIR: other.dir,
            E2E_CHROMIUM: chromium(),
          };
          const commands: [string, string, string[]][] = [
            [`bun ${TOOL_VERSIONS.bun}`, other.bun, ["portable.mjs"]],
            // Deno resolves bare specifiers from the project's package.json and node_modules (no npm: download).
            [
              `deno ${TOOL_VERSIONS.deno}`,
              other.deno,
              ["run", "--allow-net", "--allow-env", "--allow-read", "portable.mjs"],
            ],
            [`workerd (miniflare ${TOOL_VERSIONS.miniflare})`, node20.bin, ["workerd/check.mjs"]],
            // A real headless browser: createClient refuses without dangerouslyAllowBrowser.
            ["chromium (Debian)", node20.bin, ["browser/check.mjs"]],
          ];
          for (const [name, bin, args] of commands) {
            const t = Date.now();
            const result = await run(bin, args, { cwd: consumer, env: runtimeEnv, timeoutMs: 180_000 });
            const report = lastJsonLine(result.stdout);
            assert.equal(report.ok, true, `${name}: ${result.stdout}${result.stderr}`);
            results.push(`${name.padEnd(32)} ok  ${seconds(t)}  ${JSON.stringify(report.checks ?? report)}`);
          }
        } finally {
          await mock.stop();
        }
      },
    );

    results.push(...(await timed("tsc --noEmit: moduleResolution node16 (ESM + CJS) and bundler", () => typecheck)));
    failed = false;
    console.log(`\n${results.join("\n")}`);
    console.log(`\n${timings.map((t) => `${t.took.padStart(7)}  ${t.what}`).join("\n")}`);
    console.log(`\ne2e passed in ${seconds(startedAt)}`);
  } catch (error) {
    console.error(`\nVerdaccio log (tail):\n${registry.log().slice(-3_000)}`);
    throw error;
  } finally {
    await registry.close();
    if (failed || process.env.E2E_KEEP === "1") console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
