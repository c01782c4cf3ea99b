/**
 * The local API stand-in the benchmarks talk to, run in its own process (so its work does not share the
 * measuring process's event loop). Keep-alive `node:http`:
 *   GET  /v1/messages                 a fixed JSON list body (the overhead benchmark)
 *   GET  /v1/messages?phoneNumberId=PNpages&pageToken=N   page N of PAGES pages of PAGE_SIZE items
 *   POST /v1/messages                 a gateway that counts requests per wall-clock second: at most
 *                                     GATEWAY_LIMIT per second, 429 beyond it (like the real API's gateway)
 *   GET  /__stats, POST /__reset      what the gateway saw
 * Prints `listening <port>` on stdout once ready.
 */
import { createServer, type IncomingMessage } from "node:http";

const GATEWAY_LIMIT = Number(process.env.GATEWAY_LIMIT ?? 50);
const PAGES = 1_000;
const PAGE_SIZE = 100;

function message(i: number) {
  return {
    id: `AC${i.toString(36).padStart(8, "0")}`,
    to: ["+15555555555"],
    from: "+15555550100",
    text: "Hello, world! This is a benchmark message body of a typical length.",
    phoneNumberId: "PN123abc",
    direction: "outgoing",
    userId: "US123abc",
    status: "delivered",
    createdAt: "2022-01-01T00:00:00Z",
    updatedAt: "2022-01-01T00:00:00Z",
  };
}

const listBody = JSON.stringify({
  data: Array.from({ length: 10 }, (_, i) => message(i)),
  totalItems: 10,
  nextPageToken: null,
});

let stats = fresh();
function fresh() {
  return {
    perSecond: new Map<number, number>(),
    accepted: 0,
    rejected: 0,
    received: new Map<string, number>(),
    /** Arrival times (ms, this process's clock) of the accepted requests. */
    arrivals: [] as number[],
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString()));
    req.on("error", reject);
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/v1/messages") {
    if (url.searchParams.get("phoneNumberId") !== "PNpages") {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(listBody) });
      res.end(listBody);
      return;
    }
    const page = Number(url.searchParams.get("pageToken") ?? 0);
    const data = Array.from({ length: PAGE_SIZE }, (_, i) => message(page * PAGE_SIZE + i));
    const body = JSON.stringify({
      data,
      totalItems: PAGES * PAGE_SIZE,
      nextPageToken: page + 1 < PAGES ? String(page + 1) : null,
    });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  if (req.method === "POST" && url.pathname === "/v1/messages") {
    const body = await readBody(req);
    const second = Math.floor(Date.now() / 1000);
    const count = (stats.perSecond.get(second) ?? 0) + 1;
    stats.perSecond.set(second, count);
    if (count > GATEWAY_LIMIT) {
      stats.rejected++;
      const error = JSON.stringify({
        message: "Rate limit exceeded",
        code: "0100429",
        status: 429,
        title: "Too Many Requests",
      });
      res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
      res.end(error);
      return;
    }
    stats.accepted++;
    stats.arrivals.push(performance.now());
    const content = (JSON.parse(body) as { content: string }).content;
    stats.received.set(content, (stats.received.get(content) ?? 0) + 1);
    const reply = JSON.stringify({ data: { ...message(stats.accepted), text: content, status: "queued" } });
    res.writeHead(202, { "content-type": "application/json" });
    res.end(reply);
    return;
  }
  if (url.pathname === "/__stats") {
    const duplicates = [...stats.received.values()].filter((n) => n > 1).length;
    const body = JSON.stringify({
      accepted: stats.accepted,
      rejected: stats.rejected,
      duplicates,
      perSecond: [...stats.perSecond.entries()].sort((a, b) => a[0] - b[0]),
      arrivals: stats.arrivals,
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
    return;
  }
  if (url.pathname === "/__reset") {
    stats = fresh();
    res.writeHead(204);
    res.end();
    return;
  }
  res.writeHead(404);
  res.end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
