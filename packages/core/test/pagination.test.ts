import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../src/client.js";
import { NotFoundError, OpenPhoneError } from "../src/errors.js";
import { paginate, paginatePages } from "../src/paginate.js";
import { withResponse } from "../src/request.js";
import { type FaultServer, type Step, startFaultServer } from "./helpers/fault-server.js";
import { type Call, getMessageById, listCalls, listPhoneNumbers } from "./helpers/ops.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const client = () => createClient({ apiKey: "test-key", baseUrl: server.url, rateLimit: false, logLevel: "off" });
const PARAMS = { phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 3 };

/** Pages of `size` calls numbered from 1; each page's token is the number of its first call. */
function pages(total: number, size: number, last: "null" | "absent" | "empty" = "null"): Step {
  return (req, res) => {
    const token = new URL(req.url ?? "", "http://x").searchParams.get("pageToken");
    const start = token ? Number(token) : 1;
    const data: Call[] = [];
    for (let n = start; n < start + size && n <= total; n++) data.push({ id: `AC${n}`, duration: n });
    const next =
      start + size <= total ? String(start + size) : last === "null" ? null : last === "empty" ? "" : undefined;
    const body = JSON.stringify({ data, totalItems: total, ...(next === undefined ? {} : { nextPageToken: next }) });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  };
}

function serve(step: Step, times = 50) {
  server.script(...Array.from({ length: times }, () => step));
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("paginate", () => {
  it("follows nextPageToken over many pages and stops on null", async () => {
    serve(pages(40, 3));
    const calls = await collect(paginate(listCalls, client(), PARAMS));
    expect(calls.map((c) => c.id)).toEqual(Array.from({ length: 40 }, (_, i) => `AC${i + 1}`));
    expect(server.count("GET", "/v1/calls")).toBe(14);
    const tokens = server.received.map((r) => new URL(r.url, "http://x").searchParams.get("pageToken"));
    expect(tokens).toEqual([null, ...Array.from({ length: 13 }, (_, i) => String(1 + 3 * (i + 1)))]);
    // Every request carries the caller's params.
    for (const r of server.received)
      expect(r.url).toContain("phoneNumberId=PN1&participants=%2B15555550100&maxResults=3");
  });

  it("stops when nextPageToken is absent or empty", async () => {
    serve(pages(7, 3, "absent"));
    expect(await collect(paginate(listCalls, client(), PARAMS))).toHaveLength(7);
    expect(server.count("GET")).toBe(3);
    server.reset();
    serve(pages(7, 3, "empty"));
    expect(await collect(paginate(listCalls, client(), PARAMS))).toHaveLength(7);
    expect(server.count("GET")).toBe(3);
  });

  it("fetches lazily: breaking out early fetches no further page", async () => {
    serve(pages(40, 3));
    for await (const call of paginate(listCalls, client(), PARAMS)) {
      if (call.id === "AC2") break;
    }
    expect(server.count("GET")).toBe(1);
  });

  it("maxItems stops at that many items without fetching more pages", async () => {
    serve(pages(40, 3));
    const calls = await collect(paginate(listCalls, client(), PARAMS, { maxItems: 7 }));
    expect(calls.map((c) => c.id)).toEqual(["AC1", "AC2", "AC3", "AC4", "AC5", "AC6", "AC7"]);
    expect(server.count("GET")).toBe(3);
    expect(await collect(paginate(listCalls, client(), PARAMS, { maxItems: 0 }))).toEqual([]);
    expect(server.count("GET")).toBe(3);
  });

  it("starts from a given pageToken", async () => {
    serve(pages(9, 3));
    const calls = await collect(paginate(listCalls, client(), { ...PARAMS, pageToken: "4" }));
    expect(calls.map((c) => c.id)).toEqual(["AC4", "AC5", "AC6", "AC7", "AC8", "AC9"]);
  });

  it("an empty first page yields nothing", async () => {
    serve(pages(0, 3));
    expect(await collect(paginate(listCalls, client(), PARAMS))).toEqual([]);
    expect(server.count("GET")).toBe(1);
  });

  it("an error on a later page is thrown after the earlier items were yielded", async () => {
    server.script(pages(40, 3), pages(40, 3), { status: 404, body: { message: "gone" } });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const call of paginate(listCalls, client(), PARAMS, { maxRetries: 0 })) seen.push(call.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(6);
  });

  it("a server that repeats the same token is stopped, not followed forever", async () => {
    serve({ status: 200, body: { data: [{ id: "AC1", duration: 1 }], nextPageToken: "same" } });
    const error = await collect(paginate(listCalls, client(), PARAMS)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(server.count("GET")).toBe(2);
  });

  it("refuses a negative maxItems", async () => {
    await expect(collect(paginate(listCalls, client(), PARAMS, { maxItems: -1 }))).rejects.toThrow(
      "maxItems must be 0 or more, got -1",
    );
    expect(server.received).toHaveLength(0);
  });
});

describe("paginatePages", () => {
  it("yields whole pages", async () => {
    serve(pages(8, 3));
    const all = await collect(paginatePages(listCalls, client(), PARAMS));
    expect(all.map((p) => p.data.map((c) => c.id))).toEqual([
      ["AC1", "AC2", "AC3"],
      ["AC4", "AC5", "AC6"],
      ["AC7", "AC8"],
    ]);
    expect(all.map((p) => p.nextPageToken)).toEqual(["4", "7", null]);
  });

  it("with maxItems stops once the pages hold that many", async () => {
    serve(pages(40, 3));
    const all = await collect(paginatePages(listCalls, client(), PARAMS, { maxItems: 4 }));
    expect(all).toHaveLength(2);
    expect(server.count("GET")).toBe(2);
  });
});

describe("types", () => {
  it("only paginated operations are accepted (checked by tsc: see the @ts-expect-error lines)", () => {
    const c = client();
    // @ts-expect-error getMessageById takes no pageToken and returns no nextPageToken
    void (() => paginate(getMessageById, c, { id: "MS1" }));
    // @ts-expect-error listPhoneNumbers returns a list but is not paginated
    void (() => paginatePages(listPhoneNumbers, c, {}));
    // @ts-expect-error the params must be the operation's
    void (() => paginate(listCalls, c, { phoneNumberId: "PN1" }));
    const items: AsyncGenerator<Call> = paginate(listCalls, c, PARAMS);
    void items;
  });
});

describe("withResponse", () => {
  it("returns the body with the Response (status, headers); the deprecated data is the same value", async () => {
    server.script({ status: 200, body: { data: { id: "MS1", text: "hi" } }, headers: { "x-request-id": "r-42" } });
    const { body, data, response } = await withResponse(getMessageById, client(), { id: "MS1" });
    expect(body.data.text).toBe("hi");
    expect(data).toBe(body);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-42");
  });

  it("passes the caller's options through", async () => {
    server.script({ status: 503 }, { status: 200, body: { data: { id: "MS1" } } });
    const error = await withResponse(getMessageById, client(), { id: "MS1" }, { maxRetries: 0 }).catch(
      (e: unknown) => e,
    );
    expect((error as NotFoundError).status).toBe(503);
    expect(server.count("GET")).toBe(1);
  });

  it("middleware registered with use() sees every request", async () => {
    const c = client();
    const seen: string[] = [];
    c.use({ onRequest: ({ request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`) });
    server.script({ status: 200, body: { data: { id: "MS1" } } });
    await getMessageById(c, { id: "MS1" });
    expect(seen).toEqual(["GET /v1/messages/MS1"]);
  });
});
