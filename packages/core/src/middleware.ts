/**
 * The client's transport when middleware is registered with `client.use`: openapi-fetch's middleware
 * semantics, run by the SDK. Lives with the client (which owns the middleware list), so the request pipeline
 * only calls `state.send`.
 */
import type { Middleware } from "openapi-fetch";
import type { ClientState } from "./client.js";
import type { RequestParts } from "./types.js";
import { serializePath, serializeQuery } from "./url.js";

/**
 * Sends `request` through `state.middleware`: `onRequest` in order (a returned `Request` replaces the
 * request, a `Response` answers it), then `onError` (a `Response` recovers, an `Error` replaces the error)
 * or `onResponse`, both in reverse order. `sending` is called just before `fetch`.
 */
export async function sendThroughMiddleware(
  state: ClientState,
  schemaPath: string,
  parts: RequestParts,
  request: Request,
  sending: () => void,
): Promise<Response> {
  const { middleware } = state;
  const reversed = [...middleware].reverse();
  const context = {
    schemaPath,
    params: { path: parts.path, query: parts.query, header: parts.header },
    options: Object.freeze({
      baseUrl: state.config.baseUrl,
      fetch: state.fetch,
      parseAs: "text" as const,
      querySerializer: serializeQuery,
      bodySerializer: JSON.stringify,
      pathSerializer: serializePath,
    }),
    id: Math.random().toString(36).slice(2, 11),
  };
  for (const m of middleware) {
    const result = await m.onRequest?.({ ...context, request });
    if (result instanceof Response) return result;
    if (result) request = result;
  }
  let response: Response | undefined;
  try {
    sending();
    response = await state.fetch(request);
  } catch (error) {
    let failure: unknown = error;
    for (const m of reversed) {
      const result = await (m as Middleware).onError?.({ ...context, request, error: failure });
      if (result instanceof Response) {
        response = result;
        break;
      }
      if (result) failure = result;
    }
    if (!response) throw failure;
  }
  for (const m of reversed) {
    response = ((await m.onResponse?.({ ...context, request, response })) as Response | undefined) ?? response;
  }
  return response;
}
