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
import { listPhoneNumbersRules } from "./rules.js";

/**
 * Params of {@link listPhoneNumbers}: path, query and body values in one object.
 *
 * @interface
 */
export type ListPhoneNumbersParams = {
  [K in keyof QueryParams<operations["listPhoneNumbers_v1"]>]: QueryParams<operations["listPhoneNumbers_v1"]>[K];
};
/** What {@link listPhoneNumbers} resolves to: the 200 response body. */
export interface ListPhoneNumbersResponse extends SuccessBody<operations["listPhoneNumbers_v1"]> {}

/** Request table of {@link listPhoneNumbers}, read by the core runtime. */
export const listPhoneNumbersOperation: OperationSpec = {
  id: "listPhoneNumbers_v1",
  method: "GET",
  path: "/v1/phone-numbers",
  params: { userId: "query" },
  returnsBody: true,
  rules: listPhoneNumbersRules,
};

/**
 * List phone numbers
 *
 * Retrieve the list of phone numbers and users associated with your OpenPhone workspace.
 *
 * `GET /v1/phone-numbers` (operationId `listPhoneNumbers_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0400400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0400401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0400403)
 * @throws {NotFoundError} 404 Not Found (code 0400404)
 * @throws {InternalServerError} 500 Unknown Error (code 0401500)
 * @example
 * const result = await listPhoneNumbers(client);
 */
export function listPhoneNumbers(
  client: OpenPhoneClient,
  params?: ListPhoneNumbersParams,
  options?: RequestOptions,
): Promise<ListPhoneNumbersResponse> {
  return request(client, listPhoneNumbersOperation, params, options);
}
