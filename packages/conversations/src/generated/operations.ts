// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type {
  OpenPhoneClient,
  OperationSpec,
  QueryParams,
  RequestOptions,
  SuccessBody,
} from "@openphone-sdk/core";
import { request } from "@openphone-sdk/core/internal";
import type { operations } from "./openapi.js";
import { listConversationsRules } from "./rules.js";

/**
 * Params of {@link listConversations}: path, query and body values in one object.
 *
 * @interface
 */
export type ListConversationsParams = {
  [K in keyof QueryParams<operations["listConversations_v1"]>]: QueryParams<operations["listConversations_v1"]>[K];
};
/** What {@link listConversations} resolves to: the 200 response body. */
export interface ListConversationsResponse extends SuccessBody<operations["listConversations_v1"]> {}

/** Request table of {@link listConversations}, read by the core runtime. */
export const listConversationsOperation: OperationSpec = {
  id: "listConversations_v1",
  method: "GET",
  path: "/v1/conversations",
  params: {
    phoneNumber: "query",
    phoneNumbers: "query",
    userId: "query",
    createdAfter: "query",
    createdBefore: "query",
    excludeInactive: "query",
    updatedAfter: "query",
    updatedBefore: "query",
    maxResults: "query",
    pageToken: "query",
  },
  returnsBody: true,
  deprecated: ["phoneNumber"],
  rules: listConversationsRules,
};

/**
 * List Conversations
 *
 * Fetch a paginated list of conversations of OpenPhone conversations. Can be filtered by user and/or phone numbers. Defaults to all conversations in the OpenPhone organization. Results are returned in descending order based on the most recent conversation.
 *
 * `GET /v1/conversations` (operationId `listConversations_v1`); resolves to the 200 response body.
 * Deprecated params: `phoneNumber`.
 *
 * @throws {BadRequestError} 400 Bad Request (code 1000400)
 * @throws {AuthenticationError} 401 Unauthorized (code 1000401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 1001403)
 * @throws {NotFoundError} 404 Not Found (code 1000404)
 * @throws {InternalServerError} 500 Unknown Error (code 1001500)
 * @example
 * const result = await listConversations(client, { maxResults: 10 });
 */
export function listConversations(
  client: OpenPhoneClient,
  params: ListConversationsParams,
  options?: RequestOptions,
): Promise<ListConversationsResponse> {
  return request(client, listConversationsOperation, params, options);
}
