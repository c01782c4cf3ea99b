/**
 * Hostile input against a real mock (Prism behind the front server), sent as raw bytes over a socket so that
 * no client normalizes it first: huge and endless bodies, garbage and deeply nested JSON, prototype-named keys
 * and ids, `.`/`..` path segments, a client that stalls mid-body or mid-headers. After each test the mock still
 * answers, and nothing reached Object.prototype (the front server runs in this process).
 */
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMock } from "../src/index.js";
import { isLauncher } from "../src/parent-watch.js";
import { jsonDepth, removeDotSegments } from "../src/server.js";

const spec = fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url));
const MAX_BODY = 64 * 1024;

interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/**
 * Sends `request` as it is and reads until the server closes the connection (each request says
 * `Connection: close`). Rejects, instead of hanging, if nothing has closed it within `boundMs`.
 */
function raw(port: number, request: string | Buffer, boundMs = 20_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close within ${boundMs} ms`));
    }, boundMs);
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const head = split === -1 ? text : text.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        head,
        body: split === -1 ? "" : text.slice(split + 4),
      });
    });
    socket.write(request);
  });
}

function http(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Buffer {
  const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
  const all: Record<string, string> = {
    Host: "127.0.0.1",
    Connection: "close",
    Authorization: "hostile-key",
    ...(body === undefined ? {} : { "Content-Type": "application/json", "Content-Length": String(bytes.length) }),
    ...headers,
  };
  const head = [`${method} ${path} HTTP/1.1`, ...Object.entries(all).map(([name, value]) => `${name}: ${value}`)];
  return Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`), bytes]);
}

function json(response: RawResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

describe("hostile input", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ spec, maxBodyBytes: MAX_BODY, requestTimeoutMs: 2_000 });
  }, 60_000);
  afterAll(() => mock?.close());

  afterEach(async () => {
    // Still alive and still right, whatever the test sent.
    const health = await raw(mock.port, http("GET", "/v1/contacts/664d0db69fcac7cf2e6ec"));
    expect(health.status).toBe(200);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a body over maxBodyBytes gets 413 with a JSON error, and is not stored", async () => {
    const body = JSON.stringify({ defaultFields: { firstName: "x".repeat(MAX_BODY) }, externalId: "too-big" });
    const response = await raw(mock.port, http("POST", "/v1/contacts", body));
    expect(response.status).toBe(413);
    expect(json(response)).toMatchObject({
      status: 413,
      title: "Payload Too Large",
      message: `Request body is larger than ${MAX_BODY} bytes`,
    });
    const listed = await raw(mock.port, http("GET", "/v1/contacts?externalIds=too-big&maxResults=5"));
    expect(json(listed).data).toEqual([]);
  });

  it("an endless body is cut off: the client gets 413 and a closed connection long before it is done", async () => {
    const socket = connect(mock.port, "127.0.0.1");
    socket.on("error", () => {});
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(
      "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: k\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
    );
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let open = true;
    socket.on("close", () => {
      open = false;
    });
    // Up to 64 MiB; the server stops reading long before that.
    while (open && sent < 64 * 1024 * 1024) {
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      const ok = socket.write("\r\n");
      sent += chunk.length;
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await closed;
    expect(Buffer.concat(chunks).toString().split("\r\n")[0]).toBe("HTTP/1.1 413 Payload Too Large");
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ["not JSON", "{not json"],
    ["truncated", '{"defaultFields":{"firstName":"a"'],
    ["binary", Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80])],
    ["a bare string", '"hello"'],
    ["null", "null"],
    ["an array", "[1,2,3]"],
    ["nested 30 000 deep", `${"[".repeat(30_000)}${"]".repeat(30_000)}`],
    ["objects nested 10 000 deep", `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`],
  ])("garbage JSON (%s) gets a 400 that says what is wrong", async (_name, body) => {
    const response = await raw(mock.port, http("POST", "/v1/contacts", body));
    expect(response.status).toBe(400);
    const parsed = json(response);
    expect(parsed).toMatchObject({ status: 400, code: "0801400", title: "Invalid Custom Field Item" });
    expect(parsed.message).toMatch(
      /^(Request body is not valid JSON: |Invalid request body$|Request body is required$|Request body nests arrays and objects more than 64 levels deep$)/,
    );
  });

  it("prototype-named JSON keys are plain data: nothing reaches Object.prototype", async () => {
    const body =
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      '"defaultFields":{"firstName":"Proto","__proto__":{"polluted":true},"constructor":"x"},"externalId":"__proto__"}';
    const created = await raw(mock.port, http("POST", "/v1/contacts", body));
    expect(created.status).toBe(201);
    const contact = json(created).data as { id: string; externalId: string; defaultFields: Record<string, unknown> };
    expect(contact.externalId).toBe("__proto__");
    expect(Object.keys(contact.defaultFields).sort()).toEqual([
      "company",
      "emails",
      "firstName",
      "lastName",
      "phoneNumbers",
      "role",
    ]);
    const listed = await raw(
      mock.port,
      http("GET", "/v1/contacts?externalIds=__proto__&externalIds=constructor&maxResults=5"),
    );
    expect((json(listed).data as { id: string }[]).map((c) => c.id)).toEqual([contact.id]);
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const field = await raw(
        mock.port,
        http(
          "POST",
          "/v1/contacts",
          JSON.stringify({ defaultFields: { firstName: "a" }, customFields: [{ key, value: "1" }] }),
        ),
      );
      expect(field.status).toBe(400);
      expect((json(field).errors as { path: string }[])[0]?.path).toBe("customFields[0].key");
    }
  });

  it.each(["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"])(
    "a prototype-named id (%s) is just an unknown id: 404 for contacts, webhooks and their deletes",
    async (id) => {
      for (const method of ["GET", "PATCH", "DELETE"]) {
        const response = await raw(
          mock.port,
          http(method, `/v1/contacts/${id}`, method === "PATCH" ? "{}" : undefined),
        );
        expect(response.status).toBe(404);
        expect(json(response).message).toBe(`Contact "${id}" not found`);
      }
      const webhook = await raw(mock.port, http("GET", `/v1/webhooks/WH${id}`));
      expect(webhook.status).toBe(404);
      // Without the WH prefix the spec's pattern refuses it first.
      const unprefixed = await raw(mock.port, http("DELETE", `/v1/webhooks/${id}`));
      expect(unprefixed.status).toBe(400);
      expect(json(unprefixed).errors).toEqual([
        { path: "id", message: 'must match pattern "^WH(.*)$"', value: id, schema: { type: "string" } },
      ]);
    },
  );

  it("prototype-named query keys are ignored like any unknown key", async () => {
    const response = await raw(
      mock.port,
      http(
        "GET",
        "/v1/calls?__proto__=x&constructor=y&phoneNumberId=PN123abc&participants=%2B15555555555&maxResults=5",
      ),
    );
    expect(response.status).toBe(200);
    expect(json(response).data).toHaveLength(5);
  });

  it("`.` and `..` segments are resolved as URLs resolve them; encoded, they are ids no resource has", async () => {
    // /v1/contacts/.. is /v1/: not a route.
    const up = await raw(mock.port, http("GET", "/v1/contacts/.."));
    expect(up.status).toBe(404);
    expect(json(up).message).toBe("GET /v1/ is not an OpenPhone API route");
    // /v1/contacts/../webhooks is /v1/webhooks, answered like it (the key's webhooks, not Prism's example).
    const across = await raw(mock.port, http("GET", "/v1/contacts/../webhooks"));
    expect(across.status).toBe(200);
    expect((json(across).data as { id: string }[]).map((w) => w.id)).toEqual(["WHabcd1234", "WH12345"]);
    for (const id of [".", ".."]) {
      const encoded = encodeURIComponent(id).replace(/\./g, "%2E");
      for (const method of ["GET", "DELETE", "PATCH"]) {
        const response = await raw(
          mock.port,
          http(method, `/v1/contacts/${encoded}`, method === "PATCH" ? "{}" : undefined),
        );
        expect(response.status).toBe(404);
        expect(json(response).message).toBe(`Contact ${JSON.stringify(id)} not found`);
      }
      const webhook = await raw(mock.port, http("DELETE", `/v1/webhooks/${encoded}`));
      expect(webhook.status).toBe(404);
    }
    // The seed data is untouched.
    const hooks = await raw(mock.port, http("GET", "/v1/webhooks"));
    expect((json(hooks).data as unknown[]).length).toBe(2);
  });

  it("malformed percent-encoding and a 64 kB URL get an error, not a crash", async () => {
    const badEscape = await raw(mock.port, http("GET", "/v1/contacts/%E0%A4%A"));
    expect(badEscape.status).toBeGreaterThanOrEqual(400);
    expect(badEscape.status).toBeLessThan(500);
    const long = await raw(mock.port, http("GET", `/v1/contacts/${"a".repeat(64 * 1024)}`));
    expect(long.status).toBe(431);
  });

  it("headers Prism cannot parse (it would exit on `Accept: ;;;`) are refused with a readable error", async () => {
    const accept = await raw(mock.port, http("GET", "/v1/phone-numbers", undefined, { Accept: ";;;" }));
    expect(accept.status).toBe(406);
    expect(json(accept).message).toBe('Accept ";;;": the API answers application/json');
    const contentType = await raw(mock.port, http("POST", "/v1/contacts", "{}", { "Content-Type": ";" }));
    expect(contentType.status).toBe(400);
    expect(json(contentType).message).toBe('Malformed Content-Type header ";"');
    const ok = await raw(
      mock.port,
      http("GET", "/v1/phone-numbers", undefined, { Accept: "text/html, application/json;q=0.9" }),
    );
    expect(ok.status).toBe(200);
  });

  it("if Prism dies anyway, the mock starts it again and keeps answering", async () => {
    const before = mock.pid;
    // Straight to Prism, past the front server's checks: Prism 5.12 exits on this header.
    await fetch(`${mock.prismUrl}/v1/phone-numbers`, { headers: { Authorization: "k", Accept: ";;;" } }).catch(
      () => undefined,
    );
    for (let waited = 0; mock.pid === before && waited < 20_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(mock.pid).not.toBe(before);
    const after = await raw(mock.port, http("GET", "/v1/webhooks"));
    expect(after.status).toBe(200);
  });

  it("a Content-Type other than JSON is named in the 400", async () => {
    const response = await raw(
      mock.port,
      http("POST", "/v1/contacts", "firstName=a", { "Content-Type": "text/plain" }),
    );
    expect(response.status).toBe(400);
    expect(json(response).message).toBe('Unsupported Content-Type "text/plain": send application/json');
  });

  it("a client that stalls mid-body is cut off with 408, and others are served meanwhile", async () => {
    const head =
      "POST /v1/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: k\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
    const stalled = raw(mock.port, `${head}{"defaultFields":`, 30_000);
    // While it stalls, the mock answers everyone else.
    for (let i = 0; i < 5; i++) {
      const other = await raw(mock.port, http("GET", "/v1/phone-numbers"));
      expect(other.status).toBe(200);
    }
    const response = await stalled;
    expect(response.status).toBe(408);
  });

  it("a client that stalls mid-headers is cut off too", async () => {
    const response = await raw(mock.port, "GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nAuthoriz", 30_000);
    expect(response.status).toBe(408);
  });

  it("a client that hangs up mid-body leaves nothing behind", async () => {
    const socket = connect(mock.port, "127.0.0.1");
    socket.on("error", () => {});
    await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
    socket.write(
      'POST /v1/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: k\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"de',
    );
    socket.destroy();
    const response = await raw(mock.port, http("GET", "/v1/webhooks"));
    expect(response.status).toBe(200);
  });

  it("100 requests at once are all answered", async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        raw(
          mock.port,
          http(
            "GET",
            `/v1/messages?phoneNumberId=PN123abc&participants=%2B1555555${String(i).padStart(4, "0")}&maxResults=3`,
          ),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
  });
});

describe("helpers", () => {
  it("removeDotSegments follows RFC 3986 5.2.4", () => {
    expect(removeDotSegments("/v1/contacts/..")).toBe("/v1/");
    expect(removeDotSegments("/v1/contacts/.")).toBe("/v1/contacts/");
    expect(removeDotSegments("/v1/contacts/../webhooks")).toBe("/v1/webhooks");
    expect(removeDotSegments("/../../etc/passwd")).toBe("/etc/passwd");
    expect(removeDotSegments("/v1/contacts/%2E%2E")).toBe("/v1/contacts/%2E%2E");
    expect(removeDotSegments("/v1/./contacts/./abc")).toBe("/v1/contacts/abc");
  });

  it("jsonDepth skips brackets inside strings and escapes", () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{\\"[[["}')).toBe(1);
    expect(jsonDepth("[".repeat(1000))).toBe(1000);
    expect(jsonDepth("")).toBe(0);
  });

  it("isLauncher knows npm, npx, pnpm, yarn and `sh -c`, and nothing else", () => {
    expect(isLauncher(["npm exec openphone-mock --port 4010"])).toBe(true);
    expect(isLauncher(["/usr/bin/node", "/usr/lib/node_modules/npm/bin/npx-cli.js", "openphone-mock"])).toBe(true);
    expect(isLauncher(["node", "/usr/local/bin/pnpm", "mock"])).toBe(true);
    expect(isLauncher(["sh", "-c", "openphone-mock --port 4010"])).toBe(true);
    expect(isLauncher(["/bin/bash", "-ec", "openphone-mock"])).toBe(true);
    expect(isLauncher(["bash", "ci.sh"])).toBe(false);
    expect(isLauncher(["-bash"])).toBe(false);
    expect(isLauncher(["node", "/app/vitest.mjs"])).toBe(false);
    expect(isLauncher(["sshd: root@pts/0"])).toBe(false);
  });
});
