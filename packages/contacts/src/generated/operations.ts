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
  createContactRules,
  deleteContactRules,
  getContactByIdRules,
  listContactsRules,
  updateContactByIdRules,
} from "./rules.js";

/**
 * Params of {@link createContact}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateContactParams = {
  [K in keyof JsonBody<operations["createContact_v1"]>]: JsonBody<operations["createContact_v1"]>[K];
};
/** What {@link createContact} resolves to: the 201 response body. */
export interface CreateContactResponse extends SuccessBody<operations["createContact_v1"]> {}

/** Request table of {@link createContact}, read by the core runtime. */
export const createContactOperation: OperationSpec = {
  id: "createContact_v1",
  method: "POST",
  path: "/v1/contacts",
  params: {
    defaultFields: "body",
    customFields: "body",
    createdByUserId: "body",
    source: "body",
    sourceUrl: "body",
    externalId: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: createContactRules,
};

/**
 * Create a contact
 *
 * Create a contact for a workspace.
 *
 * `POST /v1/contacts` (operationId `createContact_v1`); resolves to the 201 response body.
 *
 * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
 * @throws {NotFoundError} 404 Not Found (code 0800404)
 * @throws {ConflictError} 409 Conflict (code 0800409)
 * @throws {InternalServerError} 500 Unknown Error (code 0801500)
 * @example
 * const result = await createContact(client, { defaultFields: { firstName: "John" } });
 */
export function createContact(
  client: OpenPhoneClient,
  params: CreateContactParams,
  options?: RequestOptions,
): Promise<CreateContactResponse> {
  return request(client, createContactOperation, params, options);
}

/**
 * Params of {@link deleteContact}: path, query and body values in one object.
 *
 * @interface
 */
export type DeleteContactParams = {
  [K in keyof PathParams<operations["deleteContact_v1"]>]: PathParams<operations["deleteContact_v1"]>[K];
};
/** What {@link deleteContact} resolves to: the 204 response body (none). */
export type DeleteContactResponse = SuccessBody<operations["deleteContact_v1"]>;

/** Request table of {@link deleteContact}, read by the core runtime. */
export const deleteContactOperation: OperationSpec = {
  id: "deleteContact_v1",
  method: "DELETE",
  path: "/v1/contacts/{id}",
  params: { id: "path" },
  rules: deleteContactRules,
};

/**
 * Delete a contact
 *
 * Delete a contact by its unique identifier.
 *
 * `DELETE /v1/contacts/{id}` (operationId `deleteContact_v1`); resolves to the 204 response body.
 *
 * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
 * @throws {NotFoundError} 404 Not Found (code 0800404)
 * @throws {ConflictError} 409 Conflict (code 0800409)
 * @throws {InternalServerError} 500 Unknown Error (code 0801500)
 * @example
 * await deleteContact(client, { id: "66d0d87e8dc1211467372303" });
 */
export function deleteContact(
  client: OpenPhoneClient,
  params: DeleteContactParams,
  options?: RequestOptions,
): Promise<DeleteContactResponse> {
  return request(client, deleteContactOperation, params, options);
}

/**
 * Params of {@link getContactById}: path, query and body values in one object.
 *
 * @interface
 */
export type GetContactByIdParams = {
  [K in keyof PathParams<operations["getContactById_v1"]>]: PathParams<operations["getContactById_v1"]>[K];
};
/** What {@link getContactById} resolves to: the 200 response body. */
export interface GetContactByIdResponse extends SuccessBody<operations["getContactById_v1"]> {}

/** Request table of {@link getContactById}, read by the core runtime. */
export const getContactByIdOperation: OperationSpec = {
  id: "getContactById_v1",
  method: "GET",
  path: "/v1/contacts/{id}",
  params: { id: "path" },
  returnsBody: true,
  rules: getContactByIdRules,
};

/**
 * Get a contact by ID
 *
 * Retrieve detailed information about a specific contact in your OpenPhone workspace using the contact's unique identifier.
 *
 * `GET /v1/contacts/{id}` (operationId `getContactById_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
 * @throws {NotFoundError} 404 Not Found (code 0800404)
 * @throws {ConflictError} 409 Conflict (code 0800409)
 * @throws {InternalServerError} 500 Unknown Error (code 0801500)
 * @example
 * const result = await getContactById(client, { id: "66d0d87e8dc1211467372303" });
 */
export function getContactById(
  client: OpenPhoneClient,
  params: GetContactByIdParams,
  options?: RequestOptions,
): Promise<GetContactByIdResponse> {
  return request(client, getContactByIdOperation, params, options);
}

/**
 * Params of {@link listContacts}: path, query and body values in one object.
 *
 * @interface
 */
export type ListContactsParams = {
  [K in keyof QueryParams<operations["listContacts_v1"]>]: QueryParams<operations["listContacts_v1"]>[K];
};
/** What {@link listContacts} resolves to: the 200 response body. */
export interface ListContactsResponse extends SuccessBody<operations["listContacts_v1"]> {}

/** Request table of {@link listContacts}, read by the core runtime. */
export const listContactsOperation: OperationSpec = {
  id: "listContacts_v1",
  method: "GET",
  path: "/v1/contacts",
  params: {
    externalIds: "query",
    sources: "query",
    maxResults: "query",
    pageToken: "query",
  },
  returnsBody: true,
  rules: listContactsRules,
};

/**
 * List contacts
 *
 * Retrieve a paginated list of contacts associated with specific external IDs. You can optionally filter the results further by providing a list of sources. **Note**: The `externalIds` parameter is currently required to specify the contacts you want to retrieve.
 *
 * `GET /v1/contacts` (operationId `listContacts_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
 * @throws {NotFoundError} 404 Not Found (code 0800404)
 * @throws {ConflictError} 409 Conflict (code 0800409)
 * @throws {InternalServerError} 500 Unknown Error (code 0801500)
 * @example
 * const result = await listContacts(client, { externalIds: ["664d0db69fcac7cf2e6ec"], maxResults: 10 });
 */
export function listContacts(
  client: OpenPhoneClient,
  params: ListContactsParams,
  options?: RequestOptions,
): Promise<ListContactsResponse> {
  return request(client, listContactsOperation, params, options);
}

/**
 * Params of {@link updateContactById}: path, query and body values in one object.
 *
 * @interface
 */
export type UpdateContactByIdParams = {
  [K in keyof (PathParams<operations["updateContactById_v1"]> & JsonBody<operations["updateContactById_v1"]>)]: (PathParams<operations["updateContactById_v1"]> & JsonBody<operations["updateContactById_v1"]>)[K];
};
/** What {@link updateContactById} resolves to: the 200 response body. */
export interface UpdateContactByIdResponse extends SuccessBody<operations["updateContactById_v1"]> {}

/** Request table of {@link updateContactById}, read by the core runtime. */
export const updateContactByIdOperation: OperationSpec = {
  id: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  params: {
    id: "path",
    externalId: "body",
    source: "body",
    sourceUrl: "body",
    defaultFields: "body",
    customFields: "body",
  },
  hasBody: true,
  returnsBody: true,
  rules: updateContactByIdRules,
};

/**
 * Update a contact by ID
 *
 * Modify an existing contact in your OpenPhone workspace using the contact's unique identifier.
 *
 * `PATCH /v1/contacts/{id}` (operationId `updateContactById_v1`); resolves to the 200 response body.
 *
 * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
 * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
 * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
 * @throws {NotFoundError} 404 Not Found (code 0800404)
 * @throws {ConflictError} 409 Conflict (code 0800409)
 * @throws {InternalServerError} 500 Unknown Error (code 0801500)
 * @example
 * const result = await updateContactById(client, { id: "66d0d87e8dc1211467372303" });
 */
export function updateContactById(
  client: OpenPhoneClient,
  params: UpdateContactByIdParams,
  options?: RequestOptions,
): Promise<UpdateContactByIdResponse> {
  return request(client, updateContactByIdOperation, params, options);
}
