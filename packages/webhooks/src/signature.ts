/**
 * Signing and verification of OpenPhone webhook requests, on WebCrypto only (`globalThis.crypto.subtle`),
 * so the same code runs in Node 20+, Deno, Bun and edge runtimes. WebCrypto is asynchronous, hence
 * `sign`, `verify` and `unwrap` return promises.
 *
 * OpenPhone (Quo) signs deliveries in one of two schemes, told apart by their headers:
 * - legacy (webhooks created in the app, or through the v1 webhooks API):
 *   `openphone-signature: hmac;1;<timestamp ms>;<base64 HMAC-SHA256>`, the HMAC keyed with the
 *   base64-decoded signing key over `<timestamp>.<raw body>`;
 * - Standard Webhooks (webhooks of API version 2026-03-30): `webhook-id`, `webhook-timestamp` (Unix
 *   seconds) and `webhook-signature` (space-separated `v1,<base64>`), the HMAC keyed with the base64
 *   part of a `whsec_…` secret over `<id>.<timestamp>.<raw body>`. Checked against the reference
 *   `standardwebhooks` library and its own test vectors in the test suite.
 */
import { InvalidWebhookPayloadError, InvalidWebhookSignatureError } from "./errors.js";
import type { WebhookEvent } from "./generated/webhook-events.js";

/** The request header that carries legacy signatures. */
export const SIGNATURE_HEADER = "openphone-signature";
/** The Standard Webhooks headers of the 2026-03-30 webhooks. */
export const STANDARD_HEADERS = {
  id: "webhook-id",
  timestamp: "webhook-timestamp",
  signature: "webhook-signature",
} as const;
/** Default `toleranceMs`: 5 minutes, either side of now. */
export const DEFAULT_TOLERANCE_MS = 5 * 60 * 1000;
/**
 * Most signatures one request may carry. OpenPhone sends one (two while a key rotates); more is refused as
 * malformed before any HMAC is computed, so a header of hundreds of entries costs nothing.
 */
export const MAX_SIGNATURES = 20;
/** Longest `webhook-id` accepted (Standard Webhooks ids are short, e.g. `msg_2abc…`). */
const MAX_WEBHOOK_ID_LENGTH = 256;
const WHSEC_PREFIX = "whsec_";

/** The request body exactly as received (a Node `Buffer` is a `Uint8Array`). Never re-serialized JSON. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Request headers: a `Headers`, or a plain object such as Node's `req.headers` (names in any case). */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The webhook's signing key: the legacy key as OpenPhone shows it (base64), or a new webhook's
 * `whsec_…` secret. Give several while rotating keys or migrating from legacy webhooks to the new ones
 * (legacy and `whsec_` keys may be mixed): a signature made with any of them passes.
 */
export type SigningKey = string | readonly string[];

/** How a delivery was signed: `legacy` (`openphone-signature`) or `standard` (Standard Webhooks). */
export type WebhookScheme = "legacy" | "standard";

export interface VerifyOptions {
  /**
   * How far the signature's timestamp may be from now, in either direction, in milliseconds; the same for
   * both schemes (the Standard Webhooks header is in seconds and is compared in whole seconds, like the
   * reference library). Default 5 minutes; `Infinity` turns the check off (replays are then accepted).
   */
  toleranceMs?: number;
  /** The current time (ms since the epoch, or a Date), or a function giving it. Default `Date.now()`. */
  now?: number | Date | (() => number | Date);
}

/** What a successful verification learned about the delivery. */
export interface VerifiedDelivery {
  scheme: WebhookScheme;
  /** The signed timestamp, in ms since the epoch (a whole second for the Standard Webhooks scheme). */
  timestamp: number;
  /** `webhook-id`: the delivery id, stable across the vendor's retries. Standard Webhooks only. */
  webhookId?: string;
  /** The signature that matched (base64): the same for a delivery re-sent with the same timestamp. */
  signature: string;
}

export interface SignOptions {
  /** The signature's timestamp (ms since the epoch, or a Date). Default: now. */
  timestamp?: number | Date;
  /** `legacy` (the default): an `openphone-signature` header value. */
  scheme?: "legacy";
}

export interface StandardSignOptions {
  /** The Standard Webhooks scheme of the 2026-03-30 webhooks: the three `webhook-*` headers. */
  scheme: "standard";
  /** The signature's timestamp (ms since the epoch, or a Date; sent in whole seconds). Default: now. */
  timestamp?: number | Date;
  /** The `webhook-id` (the delivery id). Default: a random `msg_…` id. */
  id?: string;
}

/**
 * The headers of a Standard Webhooks delivery, as {@link sign} makes them (a type alias, not an
 * interface, so it passes where `WebhookHeaders` is expected).
 */
export type StandardWebhookHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

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
 * The signing keys as distinct byte strings (a key given twice is used once). A key that is not base64
 * (after an optional `whsec_` prefix) is a configuration error (TypeError), not a bad request; the
 * message never repeats the key.
 */
function decodeKeys(signingKey: SigningKey): Uint8Array<ArrayBuffer>[] {
  const keys: readonly unknown[] = typeof signingKey === "string" ? [signingKey] : signingKey;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new TypeError(
      "signingKey must be the webhook's signing key (base64, or a whsec_… secret), or a non-empty array of them",
    );
  }
  const distinct = new Map<string, Uint8Array<ArrayBuffer>>();
  keys.forEach((key, index) => {
    const where = typeof signingKey === "string" ? "signingKey" : `signingKey[${index}]`;
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    if (typeof key === "string") {
      // Surrounding whitespace is forgiven (a key pasted into an env file), and base64url too.
      const trimmed = key.trim();
      const encoded = trimmed.startsWith(WHSEC_PREFIX) ? trimmed.slice(WHSEC_PREFIX.length) : trimmed;
      bytes = fromBase64(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    }
    if (!bytes || bytes.length === 0) {
      throw new TypeError(
        `${where} is not a signing key: expected the legacy base64 key or a whsec_… secret (copy it from the webhook's settings, or the key field of the API's answer)`,
      );
    }
    distinct.set(toBase64(bytes), bytes);
  });
  return [...distinct.values()];
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

/** `<prefix><body>`: the bytes the HMAC covers (`<timestamp>.` or `<id>.<timestamp>.`). */
function signedBytes(prefix: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
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

/** Every value of header `name` (lower case): a repeated header gives several. */
function headerValues(headers: WebhookHeaders, name: string): string[] {
  if (typeof (headers as { get?: unknown }).get === "function") {
    const value = (headers as { get(name: string): string | null }).get(name);
    return value === null || value === undefined ? [] : [value];
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === "string") values.push(value);
    else if (Array.isArray(value)) values.push(...value.filter((v): v is string => typeof v === "string"));
  }
  return values;
}

/** One header's value, repeated headers joined with `separator`; undefined when absent or blank. */
function readHeader(headers: WebhookHeaders, name: string, separator = ","): string | undefined {
  const joined = headerValues(headers, name).join(separator).trim();
  return joined === "" ? undefined : joined;
}

const malformed = (header: string, detail: string) =>
  new InvalidWebhookSignatureError("malformed_header", `${header} header ${detail}`);

function tooMany(header: string, count: number): InvalidWebhookSignatureError {
  return malformed(header, `has ${count} signatures; at most ${MAX_SIGNATURES} are accepted`);
}

interface SignatureEntry {
  timestamp: string;
  signatures: Uint8Array[];
}

/**
 * Parses `hmac;1;<ts>;<sig>[,hmac;1;<ts>;<sig>…]`. A comma-separated item without `;` is one more
 * signature for the item before it (same scheme, version and timestamp). Items of another scheme or
 * version are skipped and counted (their format is unknown), so a newer scheme sent beside `hmac;1`
 * does not break verification. Entries with the same timestamp are merged: one HMAC per timestamp.
 */
function parseLegacyHeader(value: string): { entries: SignatureEntry[]; unsupported: number } {
  const items = value.split(",", MAX_SIGNATURES + 1);
  if (items.length > MAX_SIGNATURES) throw tooMany(SIGNATURE_HEADER, value.split(",").length);
  const byTimestamp = new Map<string, SignatureEntry>();
  let unsupported = 0;
  let last: SignatureEntry | "skipped" | undefined;
  for (const item of items.map((part) => part.trim())) {
    if (item === "") throw malformed(SIGNATURE_HEADER, "has an empty item");
    if (!item.includes(";")) {
      if (last === undefined) {
        throw malformed(SIGNATURE_HEADER, "starts with a bare signature, not `hmac;1;<timestamp>;<signature>`");
      }
      if (last === "skipped") continue;
      const signature = fromBase64(item);
      if (signature?.length !== SIGNATURE_BYTES) {
        throw malformed(SIGNATURE_HEADER, "has a signature that is not 32 bytes of base64");
      }
      last.signatures.push(signature);
      continue;
    }
    const fields = item.split(";").map((field) => field.trim());
    if (fields[0]?.toLowerCase() !== "hmac" || fields[1] !== "1") {
      unsupported++;
      last = "skipped";
      continue;
    }
    if (fields.length !== 4) {
      throw malformed(SIGNATURE_HEADER, "does not have 4 fields: `hmac;1;<timestamp ms>;<base64 signature>`");
    }
    const [, , timestamp = "", encoded = ""] = fields;
    if (!/^\d{1,16}$/.test(timestamp)) {
      throw malformed(SIGNATURE_HEADER, "has a timestamp that is not an integer number of milliseconds");
    }
    const signature = fromBase64(encoded);
    if (signature?.length !== SIGNATURE_BYTES) {
      throw malformed(SIGNATURE_HEADER, "has a signature that is not 32 bytes of base64");
    }
    // Keyed by the timestamp's text, which is what is signed ("01" and "1" are different messages).
    last = byTimestamp.get(timestamp) ?? { timestamp, signatures: [] };
    last.signatures.push(signature);
    byTimestamp.set(timestamp, last);
  }
  return { entries: [...byTimestamp.values()], unsupported };
}

/** Parses `v1,<base64>[ v1,<base64>…]` (space-separated); other versions are skipped and counted. */
function parseStandardSignatures(value: string): { signatures: Uint8Array[]; unsupported: number } {
  const header = STANDARD_HEADERS.signature;
  const items = value.split(/\s+/).filter(Boolean);
  if (items.length > MAX_SIGNATURES) throw tooMany(header, items.length);
  const signatures: Uint8Array[] = [];
  let unsupported = 0;
  for (const item of items) {
    const comma = item.indexOf(",");
    if (comma <= 0) throw malformed(header, "has an entry that is not `v1,<base64 signature>`");
    if (item.slice(0, comma) !== "v1") {
      unsupported++;
      continue;
    }
    const signature = fromBase64(item.slice(comma + 1));
    if (signature?.length !== SIGNATURE_BYTES)
      throw malformed(header, "has a v1 signature that is not 32 bytes of base64");
    signatures.push(signature);
  }
  return { signatures, unsupported };
}

function nowMs(now: VerifyOptions["now"]): number {
  const value = typeof now === "function" ? now() : (now ?? Date.now());
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== "number" || Number.isNaN(ms)) throw new TypeError("options.now must give a time in ms or a Date");
  return ms;
}

function toleranceOf(options: VerifyOptions): number {
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  if (typeof tolerance !== "number" || Number.isNaN(tolerance) || tolerance < 0) {
    throw new TypeError("options.toleranceMs must be a number of milliseconds >= 0");
  }
  return tolerance;
}

function staleError(skewMs: number, tolerance: number): InvalidWebhookSignatureError {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  return new InvalidWebhookSignatureError(
    "timestamp_out_of_tolerance",
    `the signature's timestamp is ${seconds} s ${skewMs > 0 ? "in the past" : "in the future"}, beyond the tolerance of ${Math.round(tolerance / 1000)} s`,
  );
}

function noMatch(header: string, keys: number): InvalidWebhookSignatureError {
  return new InvalidWebhookSignatureError(
    "no_matching_signature",
    `no signature in the ${header} header matches the body with the ${
      keys === 1 ? "signing key" : `${keys} signing keys`
    } (wrong key, or a body changed after signing, e.g. parsed and re-serialized)`,
  );
}

async function verifyLegacy(
  header: string,
  body: Uint8Array,
  keys: Uint8Array<ArrayBuffer>[],
  options: VerifyOptions,
): Promise<VerifiedDelivery> {
  const tolerance = toleranceOf(options);
  const { entries, unsupported } = parseLegacyHeader(header);
  if (entries.length === 0) {
    throw new InvalidWebhookSignatureError(
      "unsupported_scheme",
      `${unsupported} signature(s) in the ${SIGNATURE_HEADER} header, none of scheme and version hmac;1`,
    );
  }
  const now = nowMs(options.now);
  const fresh = entries.filter((entry) => Math.abs(now - Number(entry.timestamp)) <= tolerance);
  if (fresh.length === 0) throw staleError(now - Number((entries[0] as SignatureEntry).timestamp), tolerance);
  for (const entry of fresh) {
    const data = signedBytes(`${entry.timestamp}.`, body);
    for (const key of keys) {
      const expected = await hmac(key, data);
      if (entry.signatures.some((signature) => constantTimeEqual(signature, expected))) {
        return { scheme: "legacy", timestamp: Number(entry.timestamp), signature: toBase64(expected) };
      }
    }
  }
  throw noMatch(SIGNATURE_HEADER, keys.length);
}

async function verifyStandard(
  headers: WebhookHeaders,
  body: Uint8Array,
  keys: Uint8Array<ArrayBuffer>[],
  options: VerifyOptions,
): Promise<VerifiedDelivery> {
  const tolerance = toleranceOf(options);
  const idValues = headerValues(headers, STANDARD_HEADERS.id);
  const id = readHeader(headers, STANDARD_HEADERS.id);
  const timestamp = readHeader(headers, STANDARD_HEADERS.timestamp);
  const signatureHeader = readHeader(headers, STANDARD_HEADERS.signature, " ");
  for (const [name, value] of [
    [STANDARD_HEADERS.id, id],
    [STANDARD_HEADERS.timestamp, timestamp],
    [STANDARD_HEADERS.signature, signatureHeader],
  ] as const) {
    if (value === undefined) {
      throw new InvalidWebhookSignatureError(
        "missing_header",
        `no ${name} header (a Standard Webhooks delivery has webhook-id, webhook-timestamp and webhook-signature)`,
      );
    }
  }
  if (idValues.length > 1) throw malformed(STANDARD_HEADERS.id, "is repeated");
  if ((id as string).length > MAX_WEBHOOK_ID_LENGTH) {
    throw malformed(STANDARD_HEADERS.id, `is longer than ${MAX_WEBHOOK_ID_LENGTH} characters`);
  }
  if (!/^\d{1,12}$/.test(timestamp as string)) {
    throw malformed(STANDARD_HEADERS.timestamp, "is not an integer number of seconds");
  }
  const { signatures, unsupported } = parseStandardSignatures(signatureHeader as string);
  if (signatures.length === 0) {
    throw new InvalidWebhookSignatureError(
      "unsupported_scheme",
      `${unsupported} signature(s) in the ${STANDARD_HEADERS.signature} header, none of version v1`,
    );
  }
  // Whole seconds on both sides, as the reference library compares them.
  const seconds = Number(timestamp);
  const skew = Math.floor(nowMs(options.now) / 1000) - seconds;
  if (Math.abs(skew) * 1000 > tolerance) throw staleError(skew * 1000, tolerance);
  const data = signedBytes(`${id}.${timestamp}.`, body);
  for (const key of keys) {
    const expected = await hmac(key, data);
    if (signatures.some((signature) => constantTimeEqual(signature, expected))) {
      return { scheme: "standard", timestamp: seconds * 1000, webhookId: id as string, signature: toBase64(expected) };
    }
  }
  throw noMatch(STANDARD_HEADERS.signature, keys.length);
}

/** Which scheme the headers use: any `webhook-*` header means Standard Webhooks. */
function schemeOf(headers: WebhookHeaders): WebhookScheme | undefined {
  for (const name of Object.values(STANDARD_HEADERS)) {
    if (readHeader(headers, name) !== undefined) return "standard";
  }
  return readHeader(headers, SIGNATURE_HEADER) !== undefined ? "legacy" : undefined;
}

/**
 * Verifies the request and says how it was signed. {@link verify} without discarding the result: the
 * router keys its once-per-delivery bookkeeping on it.
 */
export async function verifyDelivery(
  rawBody: RawBody,
  headers: WebhookHeaders,
  signingKey: SigningKey,
  options: VerifyOptions = {},
): Promise<VerifiedDelivery> {
  const keys = decodeKeys(signingKey);
  const body = bodyBytes(rawBody);
  toleranceOf(options);
  if (headers === null || typeof headers !== "object") {
    throw new TypeError("headers must be a Headers or an object of request headers");
  }
  const scheme = schemeOf(headers);
  if (scheme === "standard") return verifyStandard(headers, body, keys, options);
  if (scheme === "legacy") return verifyLegacy(readHeader(headers, SIGNATURE_HEADER) as string, body, keys, options);
  throw new InvalidWebhookSignatureError(
    "missing_header",
    `no ${SIGNATURE_HEADER} header (legacy webhooks) and no webhook-signature header (Standard Webhooks)`,
  );
}

/**
 * Checks that `headers` carry a valid OpenPhone signature of `rawBody`, in whichever scheme the headers
 * use (legacy `openphone-signature`, or Standard Webhooks `webhook-*`); resolves when one matches.
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
  await verifyDelivery(rawBody, headers, signingKey, options);
}

/** Parses a verified body into an event. */
export function parseEvent(rawBody: RawBody): WebhookEvent {
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
 * Verifies the request (see {@link verify}) and returns its event, typed by `type` and narrowable by
 * `apiVersion`. Asynchronous because WebCrypto is.
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
  await verifyDelivery(rawBody, headers, signingKey, options);
  return parseEvent(rawBody);
}

function timestampOf(time: number | Date | undefined): number {
  const ms = time === undefined ? Date.now() : time instanceof Date ? time.getTime() : time;
  if (!Number.isSafeInteger(ms) || ms < 0) throw new TypeError("options.timestamp must be an integer ms time >= 0");
  return ms;
}

function randomDeliveryId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `msg_${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Signs `rawBody` as OpenPhone would: for your own tests, and for sending sample deliveries to a receiver.
 * - default (`scheme: "legacy"`): the `openphone-signature` header value; with several keys, one
 *   comma-separated signature per key.
 * - `scheme: "standard"`: the three Standard Webhooks headers; with several keys, one space-separated
 *   `v1,` signature per key.
 */
export function sign(rawBody: RawBody, signingKey: SigningKey, options?: SignOptions): Promise<string>;
export function sign(
  rawBody: RawBody,
  signingKey: SigningKey,
  options: StandardSignOptions,
): Promise<StandardWebhookHeaders>;
export async function sign(
  rawBody: RawBody,
  signingKey: SigningKey,
  options: SignOptions | StandardSignOptions = {},
): Promise<string | StandardWebhookHeaders> {
  const keys = decodeKeys(signingKey);
  const ms = timestampOf(options.timestamp);
  const body = bodyBytes(rawBody);
  if (options.scheme === "standard") {
    const id = options.id ?? randomDeliveryId();
    if (typeof id !== "string" || id === "" || id.length > MAX_WEBHOOK_ID_LENGTH || /[\s,]/.test(id)) {
      throw new TypeError(`options.id must be 1-${MAX_WEBHOOK_ID_LENGTH} characters without spaces or commas`);
    }
    const seconds = String(Math.floor(ms / 1000));
    const data = signedBytes(`${id}.${seconds}.`, body);
    const signatures: string[] = [];
    for (const key of keys) signatures.push(`v1,${toBase64(await hmac(key, data))}`);
    return { "webhook-id": id, "webhook-timestamp": seconds, "webhook-signature": signatures.join(" ") };
  }
  if (options.scheme !== undefined && options.scheme !== "legacy") {
    throw new TypeError(`options.scheme must be "legacy" or "standard", got ${JSON.stringify(options.scheme)}`);
  }
  const timestamp = String(ms);
  const data = signedBytes(`${timestamp}.`, body);
  const items: string[] = [];
  for (const key of keys) items.push(`hmac;1;${timestamp};${toBase64(await hmac(key, data))}`);
  return items.join(",");
}

/** The request headers of a signed delivery in either scheme: `sign`'s result as a header object. */
export async function signatureHeaders(
  rawBody: RawBody,
  signingKey: SigningKey,
  options: SignOptions | StandardSignOptions = {},
): Promise<Record<string, string>> {
  if (options.scheme === "standard") return { ...(await sign(rawBody, signingKey, options)) };
  return { [SIGNATURE_HEADER]: await sign(rawBody, signingKey, options) };
}
