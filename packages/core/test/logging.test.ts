import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ClientOptions, createClient } from "../src/client.js";
import type { Logger, LogLevel } from "../src/log.js";
import { request } from "../src/request.js";
import type { OperationSpec } from "../src/types.js";
import { SteppingClock } from "./helpers/clocks.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";
import { getMessageById, listCalls, sendMessage } from "./helpers/ops.js";

type Line = { level: string; message: string; data?: Record<string, unknown> };

let server: FaultServer;
let lines: Line[];
const logger: Logger = {
  debug: (message, data) => void lines.push({ level: "debug", message, data }),
  info: (message, data) => void lines.push({ level: "info", message, data }),
  warn: (message, data) => void lines.push({ level: "warn", message, data }),
  error: (message, data) => void lines.push({ level: "error", message, data }),
};

beforeAll(async () => {
  server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "MS1" } } } });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  lines = [];
  vi.spyOn(Math, "random").mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function client(options: ClientOptions = {}) {
  return createClient({
    apiKey: "test-key",
    baseUrl: server.url,
    rateLimit: false,
    clock: new SteppingClock(),
    logger,
    ...options,
  });
}

/** A distinct operation per test, so that "once per process" starts afresh. */
let opCounter = 0;
function deprecatedOp(): OperationSpec {
  opCounter++;
  return {
    id: `listThings${opCounter}_v1`,
    method: "GET",
    path: "/v1/things",
    params: { since: "query", phoneNumber: "query", userId: "query" },
    deprecated: ["since", "phoneNumber"],
  };
}

describe("debug lines", () => {
  it("one per attempt with method, path, status, duration and attempt number; retries at info", async () => {
    server.script({ status: 503 }, { status: 200, body: { data: { id: "MS1" } } });
    await getMessageById(client({ logLevel: "debug" }), { id: "MS1" });
    expect(lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      "debug [openphone] GET /v1/messages/{id} -> 503 in 0 ms (attempt 1)",
      "info [openphone] GET /v1/messages/{id}: 503; retry 1 of 2 in 500 ms",
      "debug [openphone] GET /v1/messages/{id} -> 200 in 0 ms (attempt 2)",
    ]);
    expect(lines[0]?.data).toMatchObject({
      method: "GET",
      path: "/v1/messages/{id}",
      status: 503,
      durationMs: 0,
      attempt: 1,
    });
    expect(lines[1]?.data).toEqual({ method: "GET", path: "/v1/messages/{id}", retry: 1, maxRetries: 2, delayMs: 500 });
    expect(lines[0]?.data?.headers).toMatchObject({
      authorization: "[redacted]",
      "user-agent": expect.stringMatching(/^openphone-sdk-typescript\//),
    });
  });

  it("a failed attempt names what went wrong", async () => {
    server.script({ reset: "after-body" });
    await sendMessage(client({ logLevel: "debug" }), { content: "x", from: "PN1", to: ["+15555550100"] }).catch(
      () => {},
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toMatch(
      /^\[openphone\] POST \/v1\/messages -> (ECONNRESET|UND_ERR_SOCKET|other side closed) in 0 ms \(attempt 1\)$/,
    );
    expect(lines[0]?.data?.status).toBeUndefined();
  });
});

describe("levels", () => {
  async function linesAt(logLevel: LogLevel | undefined): Promise<string[]> {
    lines = [];
    server.script({ status: 503 });
    const c = client(logLevel ? { logLevel } : {});
    await request(c, deprecatedOp(), { since: "2024-01-01" }, undefined);
    return lines.map((l) => l.level);
  }

  it("debug shows everything, info drops the attempt lines, warn (default) only warnings, off nothing", async () => {
    expect(await linesAt("debug")).toEqual(["warn", "debug", "info", "debug"]);
    expect(await linesAt("info")).toEqual(["warn", "info"]);
    expect(await linesAt("warn")).toEqual(["warn"]);
    expect(await linesAt(undefined)).toEqual(["warn"]);
    expect(await linesAt("error")).toEqual([]);
    expect(await linesAt("off")).toEqual([]);
  });

  it("OPENPHONE_LOG sets the level when the option does not", async () => {
    vi.stubEnv("OPENPHONE_LOG", "debug");
    expect(await linesAt(undefined)).toEqual(["warn", "debug", "info", "debug"]);
    vi.stubEnv("OPENPHONE_LOG", "OFF");
    expect(await linesAt(undefined)).toEqual([]);
    vi.stubEnv("OPENPHONE_LOG", "off");
    expect(await linesAt("info")).toEqual(["warn", "info"]);
  });

  it("an unknown OPENPHONE_LOG value is reported and ignored", () => {
    vi.stubEnv("OPENPHONE_LOG", "verbose");
    client();
    expect(lines).toEqual([
      {
        level: "warn",
        message: "[openphone] OPENPHONE_LOG=verbose is not one of off, error, warn, info, debug; using warn",
        data: undefined,
      },
    ]);
  });

  it("the default logger is console", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const c = createClient({ apiKey: "k", baseUrl: server.url, rateLimit: false });
    await request(c, deprecatedOp(), { since: "x" }, undefined);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(debug).not.toHaveBeenCalled();
  });
});

describe("deprecated params", () => {
  it("warn once per process for each (operation, param), through the logger", async () => {
    const op = deprecatedOp();
    const c = client();
    await request(c, op, { since: "2024-01-01" }, undefined);
    await request(c, op, { since: "2024-01-02" }, undefined);
    await request(client(), op, { since: "2024-01-03" }, undefined);
    expect(lines).toEqual([
      {
        level: "warn",
        message: `[openphone] "since" of ${op.id} is deprecated: see its documentation for the replacement`,
        data: { operationId: op.id, param: "since" },
      },
    ]);
    await request(c, op, { phoneNumber: "+15555550100", userId: "US1" }, undefined);
    expect(lines.map((l) => l.data?.param)).toEqual(["since", "phoneNumber"]);
    await request(c, deprecatedOp(), { since: "2024-01-01" }, undefined);
    expect(lines).toHaveLength(3);
  });

  it("do not warn for params not passed or passed as undefined", async () => {
    await request(client(), deprecatedOp(), { userId: "US1", since: undefined }, undefined);
    expect(lines).toEqual([]);
  });

  it("the body param phoneNumberId of sendMessage and the query param since of listCalls warn", async () => {
    const c = client();
    await sendMessage(c, { content: "x", from: "PN1", to: ["+15555550100"], phoneNumberId: "PN1" });
    await listCalls(c, { phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 10, since: "2024-01-01" });
    expect(lines.map((l) => l.data)).toEqual([
      { operationId: "sendMessage_v1", param: "phoneNumberId" },
      { operationId: "listCalls_v1", param: "since" },
    ]);
  });
});
