// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type {
  OpenPhoneClient,
  OperationSpec,
  RequestOptions,
  SuccessBody,
} from "@openphone-sdk/core";
import { request } from "@openphone-sdk/core/internal";
import type { operations } from "./openapi.js";

/**
 * Params of {@link getContactCustomFields}: path, query and body values in one object.
 *
 * @interface
 */
export type GetContactCustomFieldsParams = Record<string, never>;
/** What {@link getContactCustomFields} resolves to: the 200 response body. */
export interface GetContactCustomFieldsResponse extends SuccessBody<operations["getContactCustomFields_v1"]> {}

/** Request table of {@link getContactCustomFields}, read by the core runtime. */
export const getContactCustomFieldsOperation: OperationSpec = {
  id: "getContactCustomFields_v1",
  method: "GET",
  path: "/v1/contact-custom-fields",
  params: {},
  returnsBody: true,
};

/**
 * Get contact custom fields
 *
 * Custom contact fields enhance your OpenPhone contacts with additional information beyond standard details like name, company, role, emails and phone numbers. These user-defined fields let you capture business-specific data. While you can only create or modify these fields in OpenPhone itself, this endpoint retrieves your existing custom properties. Use this information to accurately map and include important custom data when creating new contacts via the API.
 *
 * `GET /v1/contact-custom-fields` (operationId `getContactCustomFields_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Bad Request (code 0700400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0700401)
 * @throws {PermissionDeniedError} 403 Forbidden (code 0700403)
 * @throws {NotFoundError} 404 Not Found (code 0700404)
 * @throws {InternalServerError} 500 Unknown Error (code 0701500)
 * @example
 * const result = await getContactCustomFields(client);
 */
export function getContactCustomFields(
  client: OpenPhoneClient,
  params?: GetContactCustomFieldsParams,
  options?: RequestOptions,
): Promise<GetContactCustomFieldsResponse> {
  return request(client, getContactCustomFieldsOperation, params, options);
}
