import type { Rule } from "./validate.js";

/**
 * The data a generated operation hands to the runtime: everything the request pipeline needs
 * to turn one flat `params` object into an HTTP request. Generated packages emit one of these
 * per operation (see `src/generated/operations.ts` in any resource package).
 */
export interface OperationSpec {
  /** The spec's operationId, e.g. `"sendMessage_v1"`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template, e.g. `"/v1/contacts/{id}"`. */
  readonly path: string;
  /**
   * Where each key of the flat `params` object goes. A plain string is the location with the wire
   * name equal to the key; a tuple renames (`["query", "id"]` for a flat key `queryId`).
   */
  readonly params: Readonly<Record<string, ParamLocation | readonly [ParamLocation, string]>>;
  /** True when the operation has a JSON request body. */
  readonly hasBody?: boolean;
  /** True when the spec documents a JSON success body: an empty one is then an `APIResponseParseError`. */
  readonly returnsBody?: boolean;
  /** Flat keys the spec marks deprecated; passing one warns once per process. */
  readonly deprecated?: readonly string[];
  /** The spec's constraints on the flat params (generated), checked before sending unless `validate: false`. */
  readonly rules?: Rule;
}

/** One call's params sorted by where they go (what `splitParams` returns; middleware sees `path`, `query`, `header`). */
export interface RequestParts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

export type ParamLocation = "path" | "query" | "header" | "body";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/* ------------------------------------------------------------------------------------------ */
/* Type helpers used by generated code to derive params and results from openapi-typescript's  */
/* `operations[...]` types.                                                                     */
/* ------------------------------------------------------------------------------------------ */

type OkStatus = 200 | 201 | 202 | 203 | 204 | 206;

/** The JSON request body of an openapi-typescript operation type. */
export type JsonBody<Op> = Op extends { requestBody?: infer RB }
  ? NonNullable<RB> extends { content: { "application/json": infer B } }
    ? B
    : never
  : never;

/** Query parameters of an openapi-typescript operation type. */
export type QueryParams<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** Path parameters of an openapi-typescript operation type. */
export type PathParams<Op> = Op extends { parameters: { path?: infer P } } ? NonNullable<P> : never;

/** The success body of an openapi-typescript operation type (`undefined` for 204). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R & OkStatus]: R[S] extends { content: { "application/json": infer B } } ? B : undefined;
    }[keyof R & OkStatus]
  : never;

/** Header parameters of an openapi-typescript operation type. */
export type HeaderParams<Op> = Op extends { parameters: { header?: infer H } } ? NonNullable<H> : never;
