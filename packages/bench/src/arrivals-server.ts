/**
 * The gateway stand-in for the shared-limit benchmark, in its own process: records every arrival and answers
 * 429 (`Retry-After: 1`) when more than LIMIT requests arrived in the last second (a sliding window, as the
 * API counts), else 200 after LATENCY_MS. GET /__arrivals returns the arrivals; prints `listening <port>`.
 */
import { createServer } from "node:http";

const LIMIT = 10;
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 20);
const arrivals: { t: number; id: string; status: number }[] = [];

const server = createServer((req, res) => {
  const t = Date.now();
  if (req.url === "/__arrivals") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(arrivals));
    return;
  }
  let recent = 1;
  for (let i = arrivals.length - 1; i >= 0 && (arrivals[i]?.t as number) > t - 1000; i--) recent++;
  const arrival = { t, id: String(req.headers["x-call"] ?? ""), status: recent > LIMIT ? 429 : 200 };
  arrivals.push(arrival);
  if (arrival.status === 429) {
    res.writeHead(429, { "retry-after": "1", "content-type": "application/json" });
    res.end('{"message":"Too Many Requests"}');
    return;
  }
  setTimeout(() => {
    res.setHeader("content-type", "application/json");
    res.end('{"data":[]}');
  }, LATENCY_MS);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening ${(server.address() as { port: number }).port}`));
process.on("disconnect", () => process.exit(0));
