// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type {
  JsonBody,
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
  createCallSummaryWebhookRules,
  createCallTranscriptWebhookRules,
  createCallWebhookRules,
  createMessageWebhookRules,
  deleteWebhookByIdRules,
  getWebhookByIdRules,
  listWebhooksRules,
} from "./rules.js";

/**
 * Params of {@link createCallSummaryWebhook}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateCallSummaryWebhookParams = {
  [K in keyof JsonBody<operations["createCallSummaryWebhook_v1"]>]: JsonBody<operations["createCallSummaryWebhook_v1"]>[K];
};
/** What {@link createCallSummaryWebhook} resolves to: the 201 response body. */
export interface CreateCallSummaryWebhookResponse extends SuccessBody<operations["createCallSummaryWebhook_v1"]> {}

/** Request table of {@link createCallSummaryWebhook}, read by the core runtime. */
export const createCallSummaryWebhookOperation: OperationSpec = {
  id: "createCallSummaryWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/call-summaries",
  params: {
    events: "body",
    label: "body",
    resourceIds: "body",
    status: "body",
    url: "body",
    userId: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: createCallSummaryWebhookRules,
};

/**
 * Create a new webhook for call summaries
 *
 * Creates a new webhook that triggers on events from call summaries.
 *
 * `POST /v1/webhooks/call-summaries` (operationId `createCallSummaryWebhook_v1`); resolves to the 201 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await createCallSummaryWebhook(client, { events: ["call.summary.completed"], url: "https://example.com" });
 */
export function createCallSummaryWebhook(
  client: OpenPhoneClient,
  params: CreateCallSummaryWebhookParams,
  options?: RequestOptions,
): Promise<CreateCallSummaryWebhookResponse> {
  return request(client, createCallSummaryWebhookOperation, params, options);
}

/**
 * Params of {@link createCallTranscriptWebhook}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateCallTranscriptWebhookParams = {
  [K in keyof JsonBody<operations["createCallTranscriptWebhook_v1"]>]: JsonBody<operations["createCallTranscriptWebhook_v1"]>[K];
};
/** What {@link createCallTranscriptWebhook} resolves to: the 201 response body. */
export interface CreateCallTranscriptWebhookResponse extends SuccessBody<operations["createCallTranscriptWebhook_v1"]> {}

/** Request table of {@link createCallTranscriptWebhook}, read by the core runtime. */
export const createCallTranscriptWebhookOperation: OperationSpec = {
  id: "createCallTranscriptWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/call-transcripts",
  params: {
    events: "body",
    label: "body",
    resourceIds: "body",
    status: "body",
    url: "body",
    userId: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: createCallTranscriptWebhookRules,
};

/**
 * Create a new webhook for call transcripts
 *
 * Creates a new webhook that triggers on events from call transcripts.
 *
 * `POST /v1/webhooks/call-transcripts` (operationId `createCallTranscriptWebhook_v1`); resolves to the 201 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await createCallTranscriptWebhook(client, { events: ["call.transcript.completed"], url: "https://example.com" });
 */
export function createCallTranscriptWebhook(
  client: OpenPhoneClient,
  params: CreateCallTranscriptWebhookParams,
  options?: RequestOptions,
): Promise<CreateCallTranscriptWebhookResponse> {
  return request(client, createCallTranscriptWebhookOperation, params, options);
}

/**
 * Params of {@link createCallWebhook}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateCallWebhookParams = {
  [K in keyof JsonBody<operations["createCallWebhook_v1"]>]: JsonBody<operations["createCallWebhook_v1"]>[K];
};
/** What {@link createCallWebhook} resolves to: the 201 response body. */
export interface CreateCallWebhookResponse extends SuccessBody<operations["createCallWebhook_v1"]> {}

/** Request table of {@link createCallWebhook}, read by the core runtime. */
export const createCallWebhookOperation: OperationSpec = {
  id: "createCallWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/calls",
  params: {
    url: "body",
    events: "body",
    resourceIds: "body",
    userId: "body",
    label: "body",
    status: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: createCallWebhookRules,
};

/**
 * Create a new webhook for calls
 *
 * Creates a new webhook that triggers on events from calls.
 *
 * `POST /v1/webhooks/calls` (operationId `createCallWebhook_v1`); resolves to the 201 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await createCallWebhook(client, { url: "https://example.com/", events: ["call.completed"] });
 */
export function createCallWebhook(
  client: OpenPhoneClient,
  params: CreateCallWebhookParams,
  options?: RequestOptions,
): Promise<CreateCallWebhookResponse> {
  return request(client, createCallWebhookOperation, params, options);
}

/**
 * Params of {@link createMessageWebhook}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateMessageWebhookParams = {
  [K in keyof JsonBody<operations["createMessageWebhook_v1"]>]: JsonBody<operations["createMessageWebhook_v1"]>[K];
};
/** What {@link createMessageWebhook} resolves to: the 201 response body. */
export interface CreateMessageWebhookResponse extends SuccessBody<operations["createMessageWebhook_v1"]> {}

/** Request table of {@link createMessageWebhook}, read by the core runtime. */
export const createMessageWebhookOperation: OperationSpec = {
  id: "createMessageWebhook_v1",
  method: "POST",
  path: "/v1/webhooks/messages",
  params: {
    events: "body",
    label: "body",
    resourceIds: "body",
    status: "body",
    url: "body",
    userId: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: createMessageWebhookRules,
};

/**
 * Create a new webhook for messages
 *
 * Creates a new webhook that triggers on events from messages.
 *
 * `POST /v1/webhooks/messages` (operationId `createMessageWebhook_v1`); resolves to the 201 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await createMessageWebhook(client, { events: ["message.received"], url: "https://example.com" });
 */
export function createMessageWebhook(
  client: OpenPhoneClient,
  params: CreateMessageWebhookParams,
  options?: RequestOptions,
): Promise<CreateMessageWebhookResponse> {
  return request(client, createMessageWebhookOperation, params, options);
}

/**
 * Params of {@link deleteWebhookById}: path, query and body values in one object.
 *
 * @interface
 */
export type DeleteWebhookByIdParams = {
  [K in keyof PathParams<operations["deleteWebhookById_v1"]>]: PathParams<operations["deleteWebhookById_v1"]>[K];
};
/** What {@link deleteWebhookById} resolves to: the 204 response body (none). */
export type DeleteWebhookByIdResponse = SuccessBody<operations["deleteWebhookById_v1"]>;

/** Request table of {@link deleteWebhookById}, read by the core runtime. */
export const deleteWebhookByIdOperation: OperationSpec = {
  id: "deleteWebhookById_v1",
  method: "DELETE",
  path: "/v1/webhooks/{id}",
  params: { id: "path" },
  rules: deleteWebhookByIdRules,
};

/**
 * Delete a webhook by ID
 *
 * Delete a webhook by its unique identifier.
 *
 * `DELETE /v1/webhooks/{id}` (operationId `deleteWebhookById_v1`); resolves to the 204 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * await deleteWebhookById(client, { id: "WH12345" });
 */
export function deleteWebhookById(
  client: OpenPhoneClient,
  params: DeleteWebhookByIdParams,
  options?: RequestOptions,
): Promise<DeleteWebhookByIdResponse> {
  return request(client, deleteWebhookByIdOperation, params, options);
}

/**
 * Params of {@link getWebhookById}: path, query and body values in one object.
 *
 * @interface
 */
export type GetWebhookByIdParams = {
  [K in keyof PathParams<operations["getWebhookById_v1"]>]: PathParams<operations["getWebhookById_v1"]>[K];
};
/** What {@link getWebhookById} resolves to: the 200 response body. */
export interface GetWebhookByIdResponse extends SuccessBody<operations["getWebhookById_v1"]> {}

/** Request table of {@link getWebhookById}, read by the core runtime. */
export const getWebhookByIdOperation: OperationSpec = {
  id: "getWebhookById_v1",
  method: "GET",
  path: "/v1/webhooks/{id}",
  params: { id: "path" },
  returnsBody: true,
  rules: getWebhookByIdRules,
};

/**
 * Get a webhook by ID
 *
 * Get a webhook by its unique identifier.
 *
 * `GET /v1/webhooks/{id}` (operationId `getWebhookById_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await getWebhookById(client, { id: "WH12345" });
 */
export function getWebhookById(
  client: OpenPhoneClient,
  params: GetWebhookByIdParams,
  options?: RequestOptions,
): Promise<GetWebhookByIdResponse> {
  return request(client, getWebhookByIdOperation, params, options);
}

/**
 * Params of {@link listWebhooks}: path, query and body values in one object.
 *
 * @interface
 */
export type ListWebhooksParams = {
  [K in keyof QueryParams<operations["listWebhooks_v1"]>]: QueryParams<operations["listWebhooks_v1"]>[K];
};
/** What {@link listWebhooks} resolves to: the 200 response body. */
export interface ListWebhooksResponse extends SuccessBody<operations["listWebhooks_v1"]> {}

/** Request table of {@link listWebhooks}, read by the core runtime. */
export const listWebhooksOperation: OperationSpec = {
  id: "listWebhooks_v1",
  method: "GET",
  path: "/v1/webhooks",
  params: { userId: "query" },
  returnsBody: true,
  rules: listWebhooksRules,
};

/**
 * Lists all webhooks
 *
 * List all webhooks for a user.
 *
 * `GET /v1/webhooks` (operationId `listWebhooks_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Invalid Version (code 0305400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
 * @throws {NotFoundError} 404 Not Found (code 0300404)
 * @throws {InternalServerError} 500 Unknown Error (code 0301500)
 * @example
 * const result = await listWebhooks(client);
 */
export function listWebhooks(
  client: OpenPhoneClient,
  params?: ListWebhooksParams,
  options?: RequestOptions,
): Promise<ListWebhooksResponse> {
  return request(client, listWebhooksOperation, params, options);
}
