/**
 * Entry point `@openphone-sdk/core/openapi-fetch`: an openapi-fetch client that shares an SDK client's base
 * URL, API key, headers, fetch and middleware, for paths the generated functions do not cover. Kept out of
 * the main entry: the generated functions build requests with openapi-fetch's serializers directly, so an
 * app that never needs a raw client does not bundle openapi-fetch's client.
 */
import openapiFetch, { type Client } from "openapi-fetch";
import { clientState, type OpenPhoneClient } from "./client.js";

/** openapi-fetch's default export; under CommonJS interop the function sits on `.default`. */
const createFetchClient: typeof openapiFetch =
  (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/**
 * @example
 * import type { paths } from "@openphone-sdk/messages";
 * const raw = openapiFetchClient<paths>(client);
 * const { data, response } = await raw.GET("/v1/messages/{id}", { params: { path: { id } } });
 */
// biome-ignore lint/complexity/noBannedTypes: openapi-fetch's own default for an untyped client
export function openapiFetchClient<Paths extends {} = {}>(client: OpenPhoneClient): Client<Paths> {
  const state = clientState(client);
  const fetchClient = createFetchClient<Paths>({
    baseUrl: state.config.baseUrl,
    headers: state.headers(),
    fetch: (input: Request) => state.fetch(input),
  });
  // The SDK client's middleware, as registered now and later, with openapi-fetch's own order.
  const reversed = () => [...state.middleware].reverse();
  fetchClient.use({
    onRequest: async (params) => {
      let request = params.request;
      for (const m of state.middleware) {
        const result = await m.onRequest?.({ ...params, request });
        if (result instanceof Response) return result;
        if (result) request = result;
      }
      return request;
    },
    onResponse: async (params) => {
      let response = params.response;
      for (const m of reversed()) response = (await m.onResponse?.({ ...params, response })) ?? response;
      return response;
    },
    onError: async (params) => {
      let error = params.error;
      for (const m of reversed()) {
        const result = await m.onError?.({ ...params, error });
        if (result instanceof Response) return result;
        if (result) error = result;
      }
      return error instanceof Error ? error : undefined;
    },
  });
  return fetchClient;
}
