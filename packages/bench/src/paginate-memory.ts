/**
 * Child process of `pnpm bench`: iterates every item of 1,000 pages with `paginate` and reports the
 * peak RSS growth as JSON on its last line. Runs alone so that nothing else moves its memory.
 */
import { createClient, paginate } from "@openphone-sdk/core";
import { listMessages } from "@openphone-sdk/messages";

const baseUrl = process.argv[2] as string;
const mb = (bytes: number) => bytes / 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;

const client = createClient({ apiKey: "bench-pagination-key", baseUrl, rateLimit: false });
const params = { phoneNumberId: "PNpages", participants: ["+15555555555"], maxResults: 100 };

// Warm up the connection and the JIT on one page, then take the baseline.
await listMessages(client, params);
gc?.();
const baseline = process.memoryUsage.rss();
let peak = baseline;
let items = 0;
const t0 = performance.now();
for await (const message of paginate(listMessages, client, params)) {
  if (message.id) items++;
  if (items % 1_000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
}
peak = Math.max(peak, process.memoryUsage.rss());
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    items,
    pages: items / 100,
    baselineMb: mb(baseline),
    peakMb: mb(peak),
    growthMb: mb(peak - baseline),
    seconds,
  }),
);
