/**
 * The client's transport when middleware is registered with `client.use`: openapi-fetch's middleware
 * semantics, run by the SDK (`test/middleware.test.ts` runs the same middleware through openapi-fetch's own
 * client and compares). Lives with the client, which owns the middleware list, so the request pipeline only
 * calls `state.send`.
 */
import type { Middleware } from "openapi-fetch";
import type { ClientState } from "./client.js";
import { messageOf, OpenPhoneError } from "./errors.js";
import type { RequestParts } from "./types.js";
import { serializePath, serializeQuery } from "./url.js";

/**
 * Sends `request` through `state.middleware`: `onRequest` in order (a returned `Request` replaces the
 * request, a `Response` answers it), then `onError` (a `Response` recovers, an `Error` replaces the error)
 * or `onResponse`, both in reverse order. `sending` is called just before `fetch`. Anything else returned
 * is refused with openapi-fetch's own messages.
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
    const result: unknown = await m.onRequest?.({ ...context, request });
    if (result instanceof Response) return result;
    if (result instanceof Request) request = result;
    else if (result) throw new Error("onRequest: must return new Request() or Response() when modifying the request");
  }
  let response: Response | undefined;
  try {
    sending();
    response = await state.fetch(request);
  } catch (error) {
    let failure: unknown = error;
    for (const m of reversed) {
      const result: unknown = await (m as Middleware).onError?.({ ...context, request, error: failure });
      if (result instanceof Response) {
        response = result;
        break;
      }
      if (result instanceof Error) failure = result;
      else if (result) throw new Error("onError: must return new Response() or instance of Error");
    }
    if (!response) throw failure;
  }
  try {
    for (const m of reversed) {
      const result: unknown = await m.onResponse?.({ ...context, request, response });
      if (result instanceof Response) response = result;
      else if (result) throw new Error("onResponse: must return new Response() when modifying the response");
    }
  } catch (error) {
    // The exchange happened: a failing onResponse is a bug to report, not a connection failure to retry.
    // No `cause`: a foreign message may quote a header, which may be the key.
    throw new OpenPhoneError(
      `${request.method} ${schemaPath}: middleware onResponse failed: ${messageOf(error, state.redact)}`,
    );
  }
  return response;
}
