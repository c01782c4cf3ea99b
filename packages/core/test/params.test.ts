import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, OpenPhoneError, type OperationSpec, ValidationError } from "../src/index.js";
import { request, splitParams } from "../src/internal.js";
import { type FaultServer, startFaultServer } from "./helpers/fault-server.js";

const updateThing: OperationSpec = {
  id: "updateThing_v1",
  method: "PATCH",
  path: "/v1/things/{id}",
  params: { id: "path", dryRun: "query", name: "body", bodyId: ["body", "id"] },
  hasBody: true,
};

function issuesOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe("splitParams", () => {
  it("sorts flat keys into path, query and body, applying renames", () => {
    expect(splitParams(updateThing, { id: "T1", dryRun: true, name: "n", bodyId: "B1" })).toEqual({
      path: { id: "T1" },
      query: { dryRun: true },
      header: {},
      body: { name: "n", id: "B1" },
    });
  });

  it("leaves out undefined values and sends no body for an operation without one", () => {
    const get: OperationSpec = { id: "getThing_v1", method: "GET", path: "/v1/things", params: { q: "query" } };
    expect(splitParams(get, { q: undefined })).toEqual({ path: {}, query: {}, header: {}, body: undefined });
  });

  it("refuses an unknown key instead of dropping it, naming the keys the operation takes", () => {
    expect(issuesOf(() => splitParams(updateThing, { id: "T1", nmae: "typo" }))).toEqual([
      "nmae: is not a parameter of updateThing_v1, which takes id, dryRun, name, bodyId",
    ]);
    const none: OperationSpec = { id: "listAll_v1", method: "GET", path: "/v1/all", params: {} };
    expect(issuesOf(() => splitParams(none, { limit: 5 }))).toEqual([
      "limit: is not a parameter of listAll_v1, which takes no params",
    ]);
  });

  it("refuses params that are not an object", () => {
    expect(issuesOf(() => splitParams(updateThing, ["T1"] as never))).toEqual([
      'params: ["T1"] must be an object of parameters',
    ]);
    expect(issuesOf(() => splitParams(updateThing, "T1" as never))).toEqual([
      'params: "T1" must be an object of parameters',
    ]);
  });
});

describe("values the URL cannot carry, with validation off", () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer({ fallback: { status: 200, body: { data: {} } } });
  });
  afterAll(() => server.close());

  const getThing: OperationSpec = {
    id: "getThing_v1",
    method: "GET",
    path: "/v1/things/{id}",
    params: { id: "path", tags: "query" },
  };

  async function refusal(params: Record<string, unknown>): Promise<string> {
    const client = createClient({ apiKey: "k", baseUrl: server.url, rateLimit: false, validate: false });
    const error = await request(client, getThing, params, undefined).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenPhoneError);
    return (error as Error).message;
  }

  it("refuses a missing, empty or object path value before sending", async () => {
    server.reset();
    for (const id of [undefined, "", null, { nested: true }]) {
      expect(await refusal({ id })).toBe(
        'GET /v1/things/{id}: the request could not be built: path parameter "id" must be a non-empty string',
      );
    }
    expect(server.received).toEqual([]);
  });

  it("refuses an object query value (alone or in an array) before sending", async () => {
    server.reset();
    for (const tags of [{ a: 1 }, ["x", { a: 1 }]]) {
      expect(await refusal({ id: "T1", tags })).toMatch(
        /could not be built: query parameter "tags" must be a string, number or boolean, or an array of them$/,
      );
    }
    expect(server.received).toEqual([]);
  });

  it("sends numbers as path values, and arrays as repeated query keys", async () => {
    server.reset();
    const client = createClient({ apiKey: "k", baseUrl: server.url, rateLimit: false, validate: false });
    await request(client, getThing, { id: 42, tags: ["a b", "c/d"] }, undefined);
    expect(server.received.map((r) => r.url)).toEqual(["/v1/things/42?tags=a%20b&tags=c%2Fd"]);
  });
});
