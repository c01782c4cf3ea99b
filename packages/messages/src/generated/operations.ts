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
import { getMessageByIdRules, listMessagesRules, sendMessageRules } from "./rules.js";

/**
 * Params of {@link getMessageById}: path, query and body values in one object.
 *
 * @interface
 */
export type GetMessageByIdParams = {
  [K in keyof PathParams<operations["getMessageById_v1"]>]: PathParams<operations["getMessageById_v1"]>[K];
};
/** What {@link getMessageById} resolves to: the 200 response body. */
export interface GetMessageByIdResponse extends SuccessBody<operations["getMessageById_v1"]> {}

/** Request table of {@link getMessageById}, read by the core runtime. */
export const getMessageByIdOperation: OperationSpec = {
  id: "getMessageById_v1",
  method: "GET",
  path: "/v1/messages/{id}",
  params: { id: "path" },
  returnsBody: true,
  rules: getMessageByIdRules,
};

/**
 * Get a message by ID
 *
 * Get a message by its unique identifier.
 *
 * `GET /v1/messages/{id}` (operationId `getMessageById_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
 * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
 * @throws {NotFoundError} 404 Not Found (code 0200404)
 * @throws {InternalServerError} 500 Unknown Error (code 0201500)
 * @example
 * const result = await getMessageById(client, { id: "AC123abc" });
 */
export function getMessageById(
  client: OpenPhoneClient,
  params: GetMessageByIdParams,
  options?: RequestOptions,
): Promise<GetMessageByIdResponse> {
  return request(client, getMessageByIdOperation, params, options);
}

/**
 * Params of {@link listMessages}: path, query and body values in one object.
 *
 * @interface
 */
export type ListMessagesParams = {
  [K in keyof QueryParams<operations["listMessages_v1"]>]: QueryParams<operations["listMessages_v1"]>[K];
};
/** What {@link listMessages} resolves to: the 200 response body. */
export interface ListMessagesResponse extends SuccessBody<operations["listMessages_v1"]> {}

/** Request table of {@link listMessages}, read by the core runtime. */
export const listMessagesOperation: OperationSpec = {
  id: "listMessages_v1",
  method: "GET",
  path: "/v1/messages",
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
  rules: listMessagesRules,
};

/**
 * List messages
 *
 * Retrieve a chronological list of messages exchanged between your OpenPhone number and specified participants, with support for filtering and pagination.
 *
 * `GET /v1/messages` (operationId `listMessages_v1`); resolves to the 200 response body.
 * Deprecated params: `since`.
 *
 * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
 * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
 * @throws {NotFoundError} 404 Not Found (code 0200404)
 * @throws {InternalServerError} 500 Unknown Error (code 0201500)
 * @example
 * const result = await listMessages(client, { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 });
 */
export function listMessages(
  client: OpenPhoneClient,
  params: ListMessagesParams,
  options?: RequestOptions,
): Promise<ListMessagesResponse> {
  return request(client, listMessagesOperation, params, options);
}

/**
 * Params of {@link sendMessage}: path, query and body values in one object.
 *
 * @interface
 */
export type SendMessageParams = {
  [K in keyof JsonBody<operations["sendMessage_v1"]>]: JsonBody<operations["sendMessage_v1"]>[K];
};
/** What {@link sendMessage} resolves to: the 202 response body. */
export interface SendMessageResponse extends SuccessBody<operations["sendMessage_v1"]> {}

/** Request table of {@link sendMessage}, read by the core runtime. */
export const sendMessageOperation: OperationSpec = {
  id: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  params: {
    content: "body",
    phoneNumberId: "body",
    from: "body",
    to: "body",
    userId: "body",
    setInboxStatus: "body",
  },
  hasBody: true,
  returnsBody: true,
  deprecated: ["phoneNumberId"],
  rules: sendMessageRules,
};

/**
 * Send a text message
 *
 * Send a text message from your OpenPhone number to a recipient.
 *
 * `POST /v1/messages` (operationId `sendMessage_v1`); resolves to the 202 response body.
 * Deprecated params: `phoneNumberId`.
 *
 * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
 * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
 * @throws {NotFoundError} 404 Not Found (code 0200404)
 * @throws {InternalServerError} 500 Unknown Error (code 0201500)
 * @example
 * const result = await sendMessage(client, { content: "example", from: "PN123abc", to: ["+15555555555"] });
 */
export function sendMessage(
  client: OpenPhoneClient,
  params: SendMessageParams,
  options?: RequestOptions,
): Promise<SendMessageResponse> {
  return request(client, sendMessageOperation, params, options);
}
