// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type {
  OpenPhoneClient,
  OperationSpec,
  PathParams,
  QueryParams,
  RequestOptions,
  SuccessBody,
} from "@openphone-sdk/core";
import { request } from "@openphone-sdk/core/internal";
import type { operations } from "./openapi.js";
import {
  getCallRecordingsRules,
  getCallSummaryRules,
  getCallTranscriptRules,
  listCallsRules,
} from "./rules.js";

/**
 * Params of {@link getCallRecordings}: path, query and body values in one object.
 *
 * @interface
 */
export type GetCallRecordingsParams = {
  [K in keyof PathParams<operations["getCallRecordings_v1"]>]: PathParams<operations["getCallRecordings_v1"]>[K];
};
/** What {@link getCallRecordings} resolves to: the 200 response body. */
export interface GetCallRecordingsResponse extends SuccessBody<operations["getCallRecordings_v1"]> {}

/** Request table of {@link getCallRecordings}, read by the core runtime. */
export const getCallRecordingsOperation: OperationSpec = {
  id: "getCallRecordings_v1",
  method: "GET",
  path: "/v1/call-recordings/{callId}",
  params: { callId: "path" },
  returnsBody: true,
  rules: getCallRecordingsRules,
};

/**
 * Get recordings for a call
 *
 * Retrieve a list of recordings associated with a specific call. The results are sorted chronologically, with the oldest recording segment appearing first in the list.
 *
 * `GET /v1/call-recordings/{callId}` (operationId `getCallRecordings_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0900400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0900401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0900403)
 * @throws {NotFoundError} 404 Not Found (code 0900404)
 * @throws {InternalServerError} 500 Unknown Error (code 0901500)
 * @example
 * const result = await getCallRecordings(client, { callId: "AC3700e624eca547eb9f749a06f" });
 */
export function getCallRecordings(
  client: OpenPhoneClient,
  params: GetCallRecordingsParams,
  options?: RequestOptions,
): Promise<GetCallRecordingsResponse> {
  return request(client, getCallRecordingsOperation, params, options);
}

/**
 * Params of {@link getCallSummary}: path, query and body values in one object.
 *
 * @interface
 */
export type GetCallSummaryParams = {
  [K in keyof PathParams<operations["getCallSummary_v1"]>]: PathParams<operations["getCallSummary_v1"]>[K];
};
/** What {@link getCallSummary} resolves to: the 200 response body. */
export interface GetCallSummaryResponse extends SuccessBody<operations["getCallSummary_v1"]> {}

/** Request table of {@link getCallSummary}, read by the core runtime. */
export const getCallSummaryOperation: OperationSpec = {
  id: "getCallSummary_v1",
  method: "GET",
  path: "/v1/call-summaries/{callId}",
  params: { callId: "path" },
  returnsBody: true,
  rules: getCallSummaryRules,
};

/**
 * Get a summary for a call
 *
 * Retrieve an AI-generated summary of a specific call identified by its unique call ID. Call summaries are only available on OpenPhone Business plan.
 *
 * `GET /v1/call-summaries/{callId}` (operationId `getCallSummary_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0500400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0500401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0500403)
 * @throws {NotFoundError} 404 Not Found (code 0500404)
 * @throws {InternalServerError} 500 Unknown Error (code 0501500)
 * @example
 * const result = await getCallSummary(client, { callId: "AC3700e624eca547eb9f749a06f" });
 */
export function getCallSummary(
  client: OpenPhoneClient,
  params: GetCallSummaryParams,
  options?: RequestOptions,
): Promise<GetCallSummaryResponse> {
  return request(client, getCallSummaryOperation, params, options);
}

/**
 * Params of {@link getCallTranscript}: path, query and body values in one object.
 *
 * @interface
 */
export type GetCallTranscriptParams = {
  [K in keyof PathParams<operations["getCallTranscript_v1"]>]: PathParams<operations["getCallTranscript_v1"]>[K];
};
/** What {@link getCallTranscript} resolves to: the 200 response body. */
export interface GetCallTranscriptResponse extends SuccessBody<operations["getCallTranscript_v1"]> {}

/** Request table of {@link getCallTranscript}, read by the core runtime. */
export const getCallTranscriptOperation: OperationSpec = {
  id: "getCallTranscript_v1",
  method: "GET",
  path: "/v1/call-transcripts/{id}",
  params: { id: "path" },
  returnsBody: true,
  rules: getCallTranscriptRules,
};

/**
 * Get a transcription for a call
 *
 * Retrieve a detailed transcript of a specific call identified by its unique call ID. Call transcripts are only available on OpenPhone business plan.
 *
 * `GET /v1/call-transcripts/{id}` (operationId `getCallTranscript_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0600400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0600401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0600403)
 * @throws {NotFoundError} 404 Not Found (code 0600404)
 * @throws {InternalServerError} 500 Unknown Error (code 0601500)
 * @example
 * const result = await getCallTranscript(client, { id: "AC3700e624eca547eb9f749a06f2eb1" });
 */
export function getCallTranscript(
  client: OpenPhoneClient,
  params: GetCallTranscriptParams,
  options?: RequestOptions,
): Promise<GetCallTranscriptResponse> {
  return request(client, getCallTranscriptOperation, params, options);
}

/**
 * Params of {@link listCalls}: path, query and body values in one object.
 *
 * @interface
 */
export type ListCallsParams = {
  [K in keyof QueryParams<operations["listCalls_v1"]>]: QueryParams<operations["listCalls_v1"]>[K];
};
/** What {@link listCalls} resolves to: the 200 response body. */
export interface ListCallsResponse extends SuccessBody<operations["listCalls_v1"]> {}

/** Request table of {@link listCalls}, read by the core runtime. */
export const listCallsOperation: OperationSpec = {
  id: "listCalls_v1",
  method: "GET",
  path: "/v1/calls",
  params: {
    phoneNumberId: "query",
    userId: "query",
    participants: "query",
    since: "query",
    createdAfter: "query",
    createdBefore: "query",
    maxResults: "query",
    pageToken: "query",
  },
  returnsBody: true,
  deprecated: ["since"],
  rules: listCallsRules,
};

/**
 * List calls
 *
 * Fetch a paginated list of calls associated with a specific OpenPhone number and another number.
 *
 * `GET /v1/calls` (operationId `listCalls_v1`); resolves to the 200 response body.
 * Deprecated params: `since`.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0100400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0100401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0101403)
 * @throws {NotFoundError} 404 Not Found (code 0100404)
 * @throws {InternalServerError} 500 Unknown Error (code 0101500)
 * @example
 * const result = await listCalls(client, { phoneNumberId: "PN123abc", participants: ["example"], maxResults: 10 });
 */
export function listCalls(
  client: OpenPhoneClient,
  params: ListCallsParams,
  options?: RequestOptions,
): Promise<ListCallsResponse> {
  return request(client, listCallsOperation, params, options);
}
