/**
 * Child process of `pnpm bench`: iterates every item of 1,000 pages with `paginate` and reports, as JSON on
 * its last line, the peak RSS growth and the heap retained (after a forced GC) at page 10 and at page 1,000.
 * Runs alone so that nothing else moves its memory; needs `node --expose-gc`.
 */
import { createClient, paginate } from "@openphone-sdk/core";
import { listMessages } from "@openphone-sdk/messages";

const baseUrl = process.argv[2] as string;
/** "sdk": paginate(listMessages, …); "fetch": the same pages with a plain fetch loop, as the floor. */
const mode = process.argv[3] === "fetch" ? "fetch" : "sdk";
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
async function* rawPages(): AsyncGenerator<{ id: string }> {
  let token: string | null = null;
  do {
    const query = `phoneNumberId=PNpages&participants=%2B15555555555&maxResults=100${token ? `&pageToken=${token}` : ""}`;
    const response = await fetch(`${baseUrl}/v1/messages?${query}`, { headers: { Authorization: "k" } });
    const page = (await response.json()) as { data: { id: string }[]; nextPageToken: string | null };
    yield* page.data;
    token = page.nextPageToken;
  } while (token);
}
const source = mode === "fetch" ? rawPages() : paginate(listMessages, client, params);
/** Heap in use after a full collection: what the loop retains, not what it has yet to collect. */
const retainedMb = () => {
  gc?.();
  return mb(process.memoryUsage().heapUsed);
};
let heapAtPage10 = Number.NaN;
let heapAtPage1000 = Number.NaN;
for await (const message of source) {
  if (message.id) items++;
  if (items % 1_000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  if (items === 10 * 100) heapAtPage10 = retainedMb();
  if (items === 1000 * 100) heapAtPage1000 = retainedMb();
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
    heapAtPage10,
    heapAtPage1000,
    seconds,
  }),
);
