import openapiFetch, { type Client as FetchClient, type Middleware } from "openapi-fetch";
import { OpenPhoneError } from "./errors.js";

declare const __SDK_VERSION__: string;
/**
 * openapi-fetch's default export. Our CommonJS build imports its CommonJS file with Node's interop, which
 * hands over the whole `exports` object as the default; the function is then on `.default`. Resolved at
 * call time: a top-level `openapiFetch.default` read would keep openapi-fetch in every bundle, even one
 * that imports a single operation and no createClient.
 */
const createFetchClient = ((options) =>
  ((openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch)(
    options,
  )) as typeof openapiFetch;

/** Version of @openphone-sdk/core, stamped at build time. */
export const VERSION: string = typeof __SDK_VERSION__ === "string" ? __SDK_VERSION__ : "0.0.0-dev";

export const DEFAULT_BASE_URL = "https://api.openphone.com";
/** The API gateway's own read timeout (x-kong-service-defaults.read_timeout in the spec). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options shared by the client and by each call (a call's options win). */
export interface SharedOptions {
  /** Abort an attempt after this many milliseconds. Default 30 000, the gateway's read timeout. */
  timeoutMs?: number;
  /** Extra headers sent with every request. `Authorization` cannot be set here. */
  headers?: Record<string, string>;
}

export interface ClientOptions extends SharedOptions {
  /** The OpenPhone API key. Falls back to the `OPENPHONE_API_KEY` environment variable. */
  apiKey?: string;
  /** Default `https://api.openphone.com`. */
  baseUrl?: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions extends SharedOptions {
  /** Aborts the call at once, whatever it is doing. */
  signal?: AbortSignal;
}

/** A configured connection to the OpenPhone API, passed as the first argument of every operation. */
export interface OpenPhoneClient {
  readonly baseUrl: string;
  /** The openapi-fetch client underneath, for anything the generated functions do not cover. */
  readonly fetchClient: FetchClient<Record<string, never>>;
  /** Registers openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) for every call. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
}

/** Resolved per-client settings. Holds no secret: the key lives only inside the fetch client. */
export interface ClientConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ClientState {
  readonly config: ClientConfig;
  readonly fetchClient: FetchClient<Record<string, never>>;
  /** Removes every occurrence of the API key from a string (for messages of foreign errors). */
  readonly redact: (text: string) => string;
}

/** Shared by copies of core, so a client made by one copy works with functions bundled with another. */
const STATE = Symbol.for("openphone-sdk.client.state");

type WithState = { [STATE]?: ClientState };

export function clientState(client: OpenPhoneClient): ClientState {
  const state = (client as WithState)[STATE];
  if (!state) {
    throw new OpenPhoneError(
      "Expected an OpenPhone client as the first argument: create one with createClient({ apiKey })",
    );
  }
  return state;
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === "" ? undefined : value;
}

/** Header values may hold visible ASCII and inner spaces only; anything else is refused without echoing the key. */
const VALID_KEY = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

function userAgent(): string {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `openphone-sdk-typescript/${VERSION}${node ? ` node/${node}` : ""}`;
}

/**
 * Creates a client. The key is sent as `Authorization: <apiKey>` (this API uses no `Bearer` scheme).
 *
 * @example
 * const client = createClient({ apiKey: process.env.OPENPHONE_API_KEY });
 */
export function createClient(options: ClientOptions = {}): OpenPhoneClient {
  const apiKey = options.apiKey ?? readEnv("OPENPHONE_API_KEY");
  if (apiKey === undefined || apiKey === "") {
    throw new OpenPhoneError(
      "Missing API key: pass { apiKey } to createClient() / new OpenPhone(), or set the OPENPHONE_API_KEY environment variable",
    );
  }
  if (typeof apiKey !== "string" || !VALID_KEY.test(apiKey)) {
    throw new OpenPhoneError(
      "Invalid API key: it must be a string of visible ASCII characters (check for a stray newline or quote)",
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new OpenPhoneError(`timeoutMs must be a positive number, got ${String(timeoutMs)}`);
  const baseUrl = (options.baseUrl ?? readEnv("OPENPHONE_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const headers = { ...options.headers };
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "authorization") {
      throw new OpenPhoneError("Set the API key with { apiKey }, not through headers.Authorization");
    }
  }

  const fetchClient = createFetchClient<Record<string, never>>({
    baseUrl,
    fetch: options.fetch,
    headers: { "User-Agent": userAgent(), ...headers, Authorization: apiKey },
  });
  const config: ClientConfig = Object.freeze({ baseUrl, timeoutMs, headers: Object.freeze(headers) });
  const state: ClientState = {
    config,
    fetchClient,
    redact: (text) => text.split(apiKey).join("[redacted]"),
  };

  const client: OpenPhoneClient = {
    baseUrl,
    fetchClient,
    use: (...middleware) => fetchClient.use(...middleware),
    eject: (...middleware) => fetchClient.eject(...middleware),
  };
  Object.defineProperty(client, STATE, { value: state, enumerable: false });
  return client;
}
