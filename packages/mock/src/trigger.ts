/**
 * `openphone-mock trigger <event> --url <url> --key <key> [--generation v3|v4|2026-03-30]`: posts one
 * correctly signed sample delivery (the fixtures @openphone-sdk/webhooks tests with) to a local receiver and
 * reports its answer, so a team can develop its webhook endpoint without a tunnel.
 */
import { parseArgs } from "node:util";
import { signFixture } from "@openphone-sdk/webhooks";
import {
  WEBHOOK_FIXTURES,
  WEBHOOK_GENERATIONS,
  type WebhookGeneration,
  webhookFixture,
} from "@openphone-sdk/webhooks/fixtures";

export interface TriggerOptions {
  /** The event type, e.g. `message.received`. */
  event: string;
  /** Where the receiver listens, e.g. `http://localhost:3000/webhooks/openphone` (http or https). */
  url: string;
  /** The webhook's signing key: the legacy base64 key, or a `whsec_…` secret. */
  key: string;
  /** Which kind of webhook to imitate. Default: `2026-03-30` for a `whsec_` key, else `v3` (app webhooks). */
  generation?: WebhookGeneration;
  /** How long to wait for the answer. Default 10 000 ms. */
  timeoutMs?: number;
  /** The signature's time (ms since the epoch). Default now. */
  timestamp?: number;
}

export interface TriggerResult {
  generation: WebhookGeneration;
  /** What was sent: the exact body and headers. */
  request: { body: string; headers: Record<string, string> };
  /** The receiver's answer: status and (at most 64 KiB of) body, the signing key blanked out of it. */
  status: number;
  body: string;
}

/** Wrong arguments: a usage error, exit code 2. */
export class TriggerUsageError extends Error {
  override name = "TriggerUsageError";
}

const MAX_ANSWER_BYTES = 64 * 1024;

function defaultGeneration(key: string): WebhookGeneration {
  return key.trim().startsWith("whsec_") ? "2026-03-30" : "v3";
}

/** The answer's text, read up to `limit` bytes (a receiver that streams forever cannot hold us). */
async function readAnswer(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read until the answer ends or goes past `limit`: stopping at exactly `limit` could not tell a body of
  // exactly `limit` bytes from an endless one (chunk sizes depend on the network).
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      break;
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, limit));
  return size > limit ? `${text}… (cut at ${limit} bytes)` : text;
}

/** Removes the key (in every form a receiver might echo it) from text shown to the user. */
function redact(text: string, key: string): string {
  const trimmed = key.trim();
  const forms = [trimmed, trimmed.replace(/^whsec_/, "")].filter((form) => form.length >= 8);
  let out = text;
  for (const form of forms) out = out.split(form).join("[signing key]");
  return out;
}

/**
 * Signs the sample delivery of `event` for `generation` with `key` and POSTs it to `url`.
 *
 * @throws {TriggerUsageError} for an unknown event or generation, a URL that is not http(s), an empty key
 * @throws {TypeError} for a key that is not a signing key (from @openphone-sdk/webhooks; never repeats it)
 */
export async function triggerWebhook(options: TriggerOptions): Promise<TriggerResult> {
  const { event, key } = options;
  if (typeof key !== "string" || key.trim() === "") {
    throw new TriggerUsageError("--key is required: the webhook's signing key (base64, or a whsec_… secret)");
  }
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new TriggerUsageError(
      `--url must be an http(s) URL, got ${JSON.stringify(String(options.url).slice(0, 200))}`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TriggerUsageError(`--url must be an http(s) URL, got a ${url.protocol} URL`);
  }
  const generation = options.generation ?? defaultGeneration(key);
  if (!WEBHOOK_GENERATIONS.includes(generation)) {
    throw new TriggerUsageError(
      `--generation must be one of ${WEBHOOK_GENERATIONS.join(", ")}, got ${JSON.stringify(String(generation).slice(0, 50))}`,
    );
  }
  let fixture: ReturnType<typeof webhookFixture>;
  try {
    fixture = webhookFixture(event, generation);
  } catch (error) {
    throw new TriggerUsageError((error as Error).message);
  }
  const request = await signFixture(fixture, key, { timestamp: options.timestamp });
  const response = await fetch(url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const body = redact(await readAnswer(response, MAX_ANSWER_BYTES), key);
  return { generation, request, status: response.status, body };
}

const USAGE = `usage: openphone-mock trigger <event> --url <url> --key <key> [--generation v3|v4|2026-03-30] [--timeout-ms 10000]

Posts a correctly signed sample delivery of <event> to your local webhook receiver and prints its answer.
  --generation  v3: a legacy webhook created in the app; v4: one created through /v1/webhooks;
                2026-03-30: the new system (Standard Webhooks). Default: 2026-03-30 for a whsec_ key, else v3.
Events: ${[...new Set(WEBHOOK_FIXTURES.map((f) => f.type))].sort().join(", ")}`;

/**
 * The `trigger` subcommand: parses `argv` (after `trigger`), posts, prints. Resolves to the exit code:
 * 0 for a 2xx answer, 1 for another answer or no answer, 2 for a usage error.
 */
export async function runTriggerCli(
  argv: string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    err(`openphone-mock trigger: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const timeoutMs = values["timeout-ms"] === undefined ? undefined : Number(values["timeout-ms"]);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    err("openphone-mock trigger: --timeout-ms must be a positive integer");
    return 2;
  }
  if (positionals.length !== 1 || !values.url || values.key === undefined) {
    err(USAGE);
    return 2;
  }
  const event = positionals[0] as string;
  try {
    const result = await triggerWebhook({
      event,
      url: values.url,
      key: values.key,
      generation: values.generation as WebhookGeneration | undefined,
      timeoutMs,
    });
    const id = result.request.headers["webhook-id"];
    out(`POST ${values.url}: ${event} (${result.generation}${id ? `, webhook-id ${id}` : ""})`);
    out(`-> ${result.status} ${result.body}`);
    return result.status >= 200 && result.status < 300 ? 0 : 1;
  } catch (error) {
    if (error instanceof TriggerUsageError || error instanceof TypeError) {
      // A TypeError from signing names the key's position, never its value; fetch's carries a cause.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if (error instanceof TypeError && cause) {
        err(`openphone-mock trigger: no answer from ${values.url}: ${cause.code ?? cause.message ?? error.message}`);
        return 1;
      }
      err(`openphone-mock trigger: ${error.message}`);
      return 2;
    }
    const name = (error as Error)?.name;
    err(
      `openphone-mock trigger: no answer from ${values.url}: ${name === "TimeoutError" ? `timed out after ${timeoutMs ?? 10_000} ms` : (error as Error)?.message}`,
    );
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      key: { type: "string" },
      generation: { type: "string" },
      "timeout-ms": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}
