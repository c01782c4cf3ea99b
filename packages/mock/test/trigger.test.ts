/**
 * `openphone-mock trigger` against a local receiver: a real HTTP server on loopback running the SDK's own
 * WebhookRouter (the real verifier, not a stub), and hostile receivers (stalling, echoing the key,
 * answering garbage). The CLI runs as a real process through the package's bin.
 */
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { toNodeMiddleware, WEBHOOK_EVENT_TYPES, type WebhookEvent, WebhookRouter } from "@openphone-sdk/webhooks";
import { WEBHOOK_FIXTURES } from "@openphone-sdk/webhooks/fixtures";
import { afterEach, describe, expect, it } from "vitest";
import { TriggerUsageError, triggerWebhook } from "../src/trigger.js";

const bin = fileURLToPath(new URL("../bin/openphone-mock.mjs", import.meta.url));
const LEGACY_KEY = Buffer.alloc(32, 3).toString("base64");
const SECRET = `whsec_${Buffer.alloc(32, 4).toString("base64")}`;

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/openphone`;
}

/** A receiver built with the SDK, verifying with both keys, recording what its handlers got. */
async function sdkReceiver() {
  const received: WebhookEvent[] = [];
  const router = new WebhookRouter({ signingKey: [LEGACY_KEY, SECRET], onError: () => {} });
  for (const type of WEBHOOK_EVENT_TYPES) router.on(type, (event) => void received.push(event));
  return { url: await listen(toNodeMiddleware(router)), received };
}

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, "trigger", ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("openphone-mock trigger (the CLI)", () => {
  it.each([
    ["v3", LEGACY_KEY],
    ["v4", LEGACY_KEY],
    ["2026-03-30", SECRET],
  ])("posts a %s delivery the SDK's router verifies and hands to its handler", async (generation, key) => {
    const receiver = await sdkReceiver();
    const result = await cli(["message.received", "--url", receiver.url, "--key", key, "--generation", generation]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`POST ${receiver.url}: message.received (${generation}`);
    expect(result.stdout).toContain('-> 200 {"received":true,"handled":true}');
    const fixture = WEBHOOK_FIXTURES.find((f) => f.type === "message.received" && f.generation === generation);
    expect(receiver.received).toEqual([fixture?.event]);
    expect(result.stdout + result.stderr).not.toContain(key);
  });

  it("defaults to 2026-03-30 for a whsec_ key and to v3 for a legacy key", async () => {
    const receiver = await sdkReceiver();
    expect((await cli(["call.completed", "--url", receiver.url, "--key", SECRET])).stdout).toMatch(
      /\(2026-03-30, webhook-id msg_[0-9a-f]{32}\)/,
    );
    expect((await cli(["call.completed", "--url", receiver.url, "--key", LEGACY_KEY])).stdout).toContain("(v3)");
    expect(receiver.received.map((e) => e.apiVersion)).toEqual(["2026-03-30", "v3"]);
  });

  it("exits 1 and prints the refusal when the receiver does not accept it (wrong key)", async () => {
    const receiver = await sdkReceiver();
    const other = Buffer.alloc(32, 5).toString("base64");
    const result = await cli(["message.received", "--url", receiver.url, "--key", other]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('-> 400 {"error":"invalid_signature","reason":"no_matching_signature"}');
    expect(receiver.received).toEqual([]);
  });

  it.each([
    ["no arguments", [], /usage: openphone-mock trigger/],
    ["an unknown event", ["call.exploded", "--url", "http://127.0.0.1:9/", "--key", SECRET], /send no "call.exploded"/],
    [
      "an event the generation lacks",
      ["contact.updated", "--url", "http://127.0.0.1:9/", "--key", LEGACY_KEY, "--generation", "v4"],
      /v4 webhooks send no "contact.updated"/,
    ],
    [
      "an unknown generation",
      ["message.received", "--url", "http://127.0.0.1:9/", "--key", SECRET, "--generation", "v5"],
      /--generation must be one of/,
    ],
    [
      "a file: URL",
      ["message.received", "--url", "file:///etc/passwd", "--key", SECRET],
      /http\(s\) URL, got a file: URL/,
    ],
    ["not a URL", ["message.received", "--url", "..", "--key", SECRET], /--url must be an http\(s\) URL/],
    [
      "a key that is not a key",
      ["message.received", "--url", "http://127.0.0.1:9/", "--key", "not a key!"],
      /signingKey is not a signing key/,
    ],
    [
      "an unknown option",
      ["message.received", "--url", "http://127.0.0.1:9/", "--key", SECRET, "--verbose"],
      /Unknown option/,
    ],
    [
      "a bad timeout",
      ["message.received", "--url", "http://127.0.0.1:9/", "--key", SECRET, "--timeout-ms", "soon"],
      /--timeout-ms/,
    ],
  ])("%s: exits 2 with what is wrong", async (_, args, message) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("not a key!");
  });

  it("a receiver that stalls: gives up after --timeout-ms and exits 1", async () => {
    const url = await listen(() => {}); // never answers
    const started = Date.now();
    const result = await cli(["call.ringing", "--url", url, "--key", SECRET, "--timeout-ms", "300"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no answer from .*timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("nothing listening: exits 1 naming the failure", async () => {
    const url = await listen(() => {});
    for (const server of servers.splice(0)) server.close();
    const result = await cli(["call.ringing", "--url", url, "--key", SECRET]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no answer from .*ECONNREFUSED/);
  });

  it("a receiver that echoes the key, or answers an endless body: the key is blanked, the answer cut", async () => {
    const echo = await listen((req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`bad key ${SECRET} / ${SECRET.slice(6)} / ${JSON.stringify(req.headers)}`);
    });
    const result = await cli(["message.received", "--url", echo, "--key", SECRET]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[signing key]");
    expect(result.stdout).not.toContain(SECRET.slice(6));
    const endless = await listen((_req, res) => {
      res.writeHead(200);
      const write = () => {
        while (res.write("x".repeat(16 * 1024))) {}
        res.once("drain", write);
      };
      write();
    });
    const cut = await cli(["message.received", "--url", endless, "--key", SECRET]);
    expect(cut.code).toBe(0);
    expect(cut.stdout.slice(-80)).toMatch(/cut at 65536 bytes/); // the tail only: a failure prints 80 chars, not 64 KiB
    expect(cut.stdout.length).toBeLessThan(70 * 1024);
  });

  it("an answer of exactly 64 KiB is shown whole; one byte more is cut (the boundary is not guessed from chunk sizes)", async () => {
    const sized = (bytes: number) =>
      listen((_req, res) => {
        res.writeHead(200, { "content-length": String(bytes) });
        // The first 64 KiB, then a pause, then the rest: the reader sees the limit reached exactly at a
        // chunk edge, with the answer not yet over
        res.write("y".repeat(64 * 1024));
        setTimeout(() => res.end("y".repeat(bytes - 64 * 1024)), 200);
      });
    const whole = await cli(["message.received", "--url", await sized(64 * 1024), "--key", SECRET]);
    expect(whole.code).toBe(0);
    expect(whole.stdout.slice(-80)).not.toMatch(/cut at/);
    expect(whole.stdout.trimEnd().endsWith(`-> 200 ${"y".repeat(64 * 1024)}`)).toBe(true);
    const over = await cli(["message.received", "--url", await sized(64 * 1024 + 1), "--key", SECRET]);
    expect(over.stdout.slice(-80)).toMatch(/y… \(cut at 65536 bytes\)$/m);
  });
});

describe("triggerWebhook (the API)", () => {
  it("posts every fixture of every generation, each verified and handled by the SDK's router", async () => {
    const receiver = await sdkReceiver();
    for (const fixture of WEBHOOK_FIXTURES) {
      const key = fixture.generation === "2026-03-30" ? SECRET : LEGACY_KEY;
      const result = await triggerWebhook({
        event: fixture.type,
        generation: fixture.generation,
        url: receiver.url,
        key,
      });
      expect(result.status, `${fixture.type} ${fixture.generation}`).toBe(200);
    }
    expect(receiver.received).toEqual(WEBHOOK_FIXTURES.map((f) => f.event));
  });

  it("throws a TriggerUsageError for what the CLI reports as a usage error", async () => {
    await expect(triggerWebhook({ event: "x", url: "http://127.0.0.1:9/", key: "" })).rejects.toThrow(
      TriggerUsageError,
    );
    await expect(triggerWebhook({ event: "__proto__", url: "http://127.0.0.1:9/", key: SECRET })).rejects.toThrow(
      TriggerUsageError,
    );
  });
});
