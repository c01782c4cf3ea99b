/**
 * Entry point `@openphone-sdk/core/openapi-fetch`: the SDK client's own openapi-fetch client, typed with the
 * `paths` of a package, for paths the generated functions do not cover. Its calls share every policy of the
 * generated ones: the rate limiter, retries with the duplicate-send rule, timeouts, key redaction, and the
 * middleware registered with `client.use`.
 */
import type { Client } from "openapi-fetch";
import { clientState, type OpenPhoneClient } from "./state.js";

export type { RawCallOptions } from "./client.js";

/**
 * The client's openapi-fetch client. Besides openapi-fetch's options (`params`, `body`, `headers`, `signal`,
 * a per-call `fetch` used as the transport), each call takes the SDK's `timeoutMs`, `maxRetries` and
 * `retryNonIdempotent`. HTTP errors come back as openapi-fetch's `{ error, response }` (the key removed);
 * transport failures throw the SDK's typed errors.
 *
 * @example
 * import type { paths } from "@openphone-sdk/messages";
 * const raw = openapiFetchClient<paths>(client);
 * const { data, response } = await raw.GET("/v1/messages/{id}", { params: { path: { id } }, timeoutMs: 5000 });
 */
// biome-ignore lint/complexity/noBannedTypes: openapi-fetch's own default for an untyped client
export function openapiFetchClient<Paths extends {} = {}>(client: OpenPhoneClient): Client<Paths> {
  return clientState(client).fetchClient as unknown as Client<Paths>;
}
