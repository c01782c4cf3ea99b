/** deprecatedAlias: the old name of a renamed operation, against a real local server. */
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createClient, type OpenPhoneClient, type RequestOptions } from "../src/client.js";
import { deprecatedAlias } from "../src/deprecate.js";
import { OpenPhoneError } from "../src/errors.js";
import type { Logger } from "../src/log.js";
import { request } from "../src/request.js";
import type { OperationSpec } from "../src/types.js";
import { SteppingClock } from "./helpers/clocks.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";

type Line = { level: string; message: string; data?: Record<string, unknown> };
let server: FaultServer;
let lines: Line[];
const logger: Logger = {
  debug: () => {},
  info: () => {},
  warn: (message, data) => void lines.push({ level: "warn", message, data }),
  error: (message, data) => void lines.push({ level: "error", message, data }),
};

const getThingOperation: OperationSpec = {
  id: "getThing_v1",
  method: "GET",
  path: "/v1/things/{id}",
  params: { id: "path" },
};
function getThingById(client: OpenPhoneClient, params: { id: string }, options?: RequestOptions) {
  return request<{ data: { id: string } }>(client, getThingOperation, params, options);
}

beforeAll(async () => {
  server = await startFaultServer({ fallback: { status: 200, body: { data: { id: "TH1" } } } });
});
afterAll(() => server.close());
beforeEach(() => {
  lines = [];
  server.reset();
});
const client = (logLevel?: "off" | "warn") =>
  createClient({
    apiKey: "test-key",
    baseUrl: server.url,
    rateLimit: false,
    clock: new SteppingClock(),
    logger,
    logLevel,
  });

describe("deprecatedAlias", () => {
  it("calls the operation with the same arguments and warns once per process, through the client's logger", async () => {
    const getThing = deprecatedAlias(getThingById, "getThing", "getThingById", "@openphone-sdk/things");
    expectTypeOf(getThing).toEqualTypeOf<typeof getThingById>();
    expect(getThing.name).toBe("getThing");
    const c = client();
    expect(await getThing(c, { id: "TH1" })).toEqual({ data: { id: "TH1" } });
    expect(await getThing(c, { id: "TH2" })).toEqual({ data: { id: "TH1" } });
    await getThing(client(), { id: "TH3" });
    expect(server.received.map((r) => r.url)).toEqual(["/v1/things/TH1", "/v1/things/TH2", "/v1/things/TH3"]);
    expect(lines).toEqual([
      {
        level: "warn",
        message:
          "[openphone] getThing of @openphone-sdk/things is deprecated: it was renamed to getThingById, which takes the same params; the old name will be removed in the next major version",
        data: { deprecated: "getThing", replacement: "getThingById" },
      },
    ]);
  });

  it("warns separately for each old name, and never once the operation is called by its new name", async () => {
    const a = deprecatedAlias(getThingById, "fetchThing", "getThingById", "@openphone-sdk/things");
    const b = deprecatedAlias(getThingById, "fetchThing", "getThingById", "@openphone-sdk/other");
    await getThingById(client(), { id: "TH1" });
    expect(lines).toEqual([]);
    await a(client(), { id: "TH1" });
    await b(client(), { id: "TH1" });
    expect(lines.map((l) => l.message.split(" is deprecated")[0])).toEqual([
      "[openphone] fetchThing of @openphone-sdk/things",
      "[openphone] fetchThing of @openphone-sdk/other",
    ]);
  });

  it("respects the client's log level", async () => {
    const quiet = deprecatedAlias(getThingById, "quietThing", "getThingById");
    await quiet(client("off"), { id: "TH1" });
    expect(lines).toEqual([]);
  });

  it("given something that is not a client: the operation's own typed error, no warning", async () => {
    const alias = deprecatedAlias(getThingById, "badThing", "getThingById");
    await expect(alias({} as OpenPhoneClient, { id: "TH1" })).rejects.toBeInstanceOf(OpenPhoneError);
    expect(lines).toEqual([]);
  });
});
