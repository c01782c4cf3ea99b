/**
 * Signing and verification of OpenPhone webhook requests, on WebCrypto only (`globalThis.crypto.subtle`),
 * so the same code runs in Node 20+, Deno, Bun and edge runtimes. WebCrypto is asynchronous, hence
 * `sign`, `verify` and `unwrap` return promises.
 *
 * Header: `openphone-signature: hmac;1;<timestamp ms>;<base64 HMAC-SHA256>`; the HMAC is keyed with the
 * base64-decoded signing key over the bytes `<timestamp>.<raw body>`.
 */
import { InvalidWebhookPayloadError, InvalidWebhookSignatureError } from "./errors.js";
import type { WebhookEvent } from "./generated/webhook-events.js";

/** The request header that carries the signature(s). */
export const SIGNATURE_HEADER = "openphone-signature";
/** Default `toleranceMs`: 5 minutes, either side of now. */
export const DEFAULT_TOLERANCE_MS = 5 * 60 * 1000;

/** The request body exactly as received (a Node `Buffer` is a `Uint8Array`). Never re-serialized JSON. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Request headers: a `Headers`, or a plain object such as Node's `req.headers` (names in any case). */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The webhook's signing key, base64-encoded as OpenPhone shows it. Give several while rotating keys:
 * a signature made with any of them passes.
 */
export type SigningKey = string | readonly string[];

export interface VerifyOptions {
  /**
   * How far the signature's timestamp may be from now, in either direction, in milliseconds.
   * Default 5 minutes; `Infinity` turns the check off (replays are then accepted).
   */
  toleranceMs?: number;
  /** The current time (ms since the epoch, or a Date), or a function giving it. Default `Date.now()`. */
  now?: number | Date | (() => number | Date);
}

export interface SignOptions {
  /** The signature's timestamp (ms since the epoch, or a Date). Default: now. */
  timestamp?: number | Date;
}

const SIGNATURE_BYTES = 32; // SHA-256
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("OpenPhone webhooks need WebCrypto (globalThis.crypto.subtle), which this runtime lacks");
  return s;
}

/** Decodes standard base64 (padding optional); undefined when it is not base64. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text) || text.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The signing keys as bytes. A key that is not base64 is a configuration error (TypeError), not a bad
 * request; the message never repeats the key.
 */
function decodeKeys(signingKey: SigningKey): Uint8Array<ArrayBuffer>[] {
  const keys: readonly unknown[] = typeof signingKey === "string" ? [signingKey] : signingKey;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new TypeError("signingKey must be the webhook's base64 signing key, or a non-empty array of them");
  }
  return keys.map((key, index) => {
    const where = typeof signingKey === "string" ? "signingKey" : `signingKey[${index}]`;
    // Accept base64url too, and surrounding whitespace (a key pasted into an env file).
    const bytes = typeof key === "string" ? fromBase64(key.trim().replace(/-/g, "+").replace(/_/g, "/")) : undefined;
    if (!bytes || bytes.length === 0) {
      throw new TypeError(`${where} is not a base64 signing key (copy it from the webhook's settings in OpenPhone)`);
    }
    return bytes;
  });
}

function bodyBytes(rawBody: RawBody): Uint8Array {
  if (typeof rawBody === "string") return new TextEncoder().encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  throw new TypeError(
    `rawBody must be the request body exactly as received (string, Uint8Array or Buffer), got ${
      rawBody === null ? "null" : typeof rawBody
    }: a parsed JSON body cannot be verified, since the signature covers the original bytes`,
  );
}

/** `<timestamp>.<body>`: the bytes the HMAC covers. */
function signedBytes(timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = new TextEncoder().encode(`${timestamp}.`);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

async function hmac(key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const cryptoKey = await subtle().importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, data));
}

/** Compares in time independent of where the arrays differ (the length, 32, is public). */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === "string") values.push(value);
    else if (Array.isArray(value)) values.push(...value.filter((v): v is string => typeof v === "string"));
  }
  // Repeated headers mean the same as one comma-separated header (RFC 9110).
  return values.length ? values.join(",") : undefined;
}

interface SignatureEntry {
  timestamp: string;
  signatures: Uint8Array[];
}

/**
 * Parses `hmac;1;<ts>;<sig>[,hmac;1;<ts>;<sig>…]`. A comma-separated item without `;` is one more
 * signature for the item before it (same scheme, version and timestamp). Items of another scheme or
 * version are skipped and counted (their format is unknown), so a newer scheme sent beside `hmac;1`
 * does not break verification.
 */
function parseHeader(value: string): { entries: SignatureEntry[]; unsupported: number } {
  const malformed = (detail: string) =>
    new InvalidWebhookSignatureError("malformed_header", `${SIGNATURE_HEADER} header ${detail}`);
  const entries: SignatureEntry[] = [];
  let unsupported = 0;
  let last: SignatureEntry | "skipped" | undefined;
  for (const item of value.split(",").map((part) => part.trim())) {
    if (item === "") throw malformed("has an empty item");
    if (!item.includes(";")) {
      if (last === undefined) throw malformed("starts with a bare signature, not `hmac;1;<timestamp>;<signature>`");
      if (last === "skipped") continue;
      const signature = fromBase64(item);
      if (signature?.length !== SIGNATURE_BYTES) throw malformed("has a signature that is not 32 bytes of base64");
      last.signatures.push(signature);
      continue;
    }
    const fields = item.split(";").map((field) => field.trim());
    if (fields[0]?.toLowerCase() !== "hmac" || fields[1] !== "1") {
      unsupported++;
      last = "skipped";
      continue;
    }
    if (fields.length !== 4) throw malformed("does not have 4 fields: `hmac;1;<timestamp ms>;<base64 signature>`");
    const [, , timestamp = "", encoded = ""] = fields;
    if (!/^\d{1,16}$/.test(timestamp)) throw malformed("has a timestamp that is not an integer number of milliseconds");
    const signature = fromBase64(encoded);
    if (signature?.length !== SIGNATURE_BYTES) throw malformed("has a signature that is not 32 bytes of base64");
    last = { timestamp, signatures: [signature] };
    entries.push(last);
  }
  return { entries, unsupported };
}

function nowMs(now: VerifyOptions["now"]): number {
  const value = typeof now === "function" ? now() : (now ?? Date.now());
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== "number" || Number.isNaN(ms)) throw new TypeError("options.now must give a time in ms or a Date");
  return ms;
}

function describeSkew(skewMs: number): string {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  return `${seconds} s ${skewMs > 0 ? "in the past" : "in the future"}`;
}

/**
 * Checks that `headers` carry a valid OpenPhone signature of `rawBody`; resolves when one matches.
 *
 * @throws {InvalidWebhookSignatureError} with a `reason` when the request must not be trusted
 * @throws {TypeError} when `signingKey`, `rawBody` or the options are unusable (a configuration error)
 */
export async function verify(
  rawBody: RawBody,
  headers: WebhookHeaders,
  signingKey: SigningKey,
  options: VerifyOptions = {},
): Promise<void> {
  const keys = decodeKeys(signingKey);
  const body = bodyBytes(rawBody);
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  if (typeof tolerance !== "number" || Number.isNaN(tolerance) || tolerance < 0) {
    throw new TypeError("options.toleranceMs must be a number of milliseconds >= 0");
  }
  const header = readHeader(headers, SIGNATURE_HEADER)?.trim();
  if (!header) throw new InvalidWebhookSignatureError("missing_header", `no ${SIGNATURE_HEADER} header`);
  const { entries, unsupported } = parseHeader(header);
  if (entries.length === 0) {
    throw new InvalidWebhookSignatureError(
      "unsupported_scheme",
      `${unsupported} signature(s) in the ${SIGNATURE_HEADER} header, none of scheme and version hmac;1`,
    );
  }
  const now = nowMs(options.now);
  const fresh = entries.filter((entry) => Math.abs(now - Number(entry.timestamp)) <= tolerance);
  if (fresh.length === 0) {
    const skew = now - Number((entries[0] as SignatureEntry).timestamp);
    throw new InvalidWebhookSignatureError(
      "timestamp_out_of_tolerance",
      `the signature's timestamp is ${describeSkew(skew)}, beyond the tolerance of ${Math.round(tolerance / 1000)} s`,
    );
  }
  for (const entry of fresh) {
    const data = signedBytes(entry.timestamp, body);
    for (const key of keys) {
      const expected = await hmac(key, data);
      if (entry.signatures.some((signature) => constantTimeEqual(signature, expected))) return;
    }
  }
  throw new InvalidWebhookSignatureError(
    "no_matching_signature",
    `no signature in the ${SIGNATURE_HEADER} header matches the body with the ${
      keys.length === 1 ? "signing key" : `${keys.length} signing keys`
    } (wrong key, or a body changed after signing, e.g. parsed and re-serialized)`,
  );
}

/** Parses a verified body into an event. */
function parseEvent(rawBody: RawBody): WebhookEvent {
  let text: string;
  if (typeof rawBody === "string") text = rawBody;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
    } catch (error) {
      throw new InvalidWebhookPayloadError("the body is not UTF-8 text", { cause: error });
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidWebhookPayloadError("the body is not JSON", { cause: error });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidWebhookPayloadError("the body is not a JSON object");
  }
  if (typeof (value as { type?: unknown }).type !== "string") {
    throw new InvalidWebhookPayloadError("the event has no string `type`");
  }
  return value as WebhookEvent;
}

/**
 * Verifies the request (see {@link verify}) and returns its event, typed by `type`. Asynchronous because
 * WebCrypto is.
 *
 * The signature proves the body came from OpenPhone; the fields are not checked against the types at
 * run time. An event of a type this SDK version does not know (see `WEBHOOK_EVENT_TYPES`) is returned
 * as well: it falls through a `switch (event.type)` to its `default`.
 *
 * @throws {InvalidWebhookSignatureError} when the signature is missing, malformed, stale or wrong
 * @throws {InvalidWebhookPayloadError} when a validly signed body is not a JSON event
 * @throws {TypeError} when `signingKey`, `rawBody` or the options are unusable
 */
export async function unwrap(
  rawBody: RawBody,
  headers: WebhookHeaders,
  signingKey: SigningKey,
  options?: VerifyOptions,
): Promise<WebhookEvent> {
  await verify(rawBody, headers, signingKey, options);
  return parseEvent(rawBody);
}

/**
 * The `openphone-signature` header value OpenPhone would send for `rawBody`: for your own tests. With
 * several keys, one comma-separated signature per key.
 */
export async function sign(rawBody: RawBody, signingKey: SigningKey, options: SignOptions = {}): Promise<string> {
  const keys = decodeKeys(signingKey);
  const time = options.timestamp ?? Date.now();
  const ms = time instanceof Date ? time.getTime() : time;
  if (!Number.isSafeInteger(ms) || ms < 0) throw new TypeError("options.timestamp must be an integer ms time >= 0");
  const timestamp = String(ms);
  const data = signedBytes(timestamp, bodyBytes(rawBody));
  const items: string[] = [];
  for (const key of keys) items.push(`hmac;1;${timestamp};${toBase64(await hmac(key, data))}`);
  return items.join(",");
}
