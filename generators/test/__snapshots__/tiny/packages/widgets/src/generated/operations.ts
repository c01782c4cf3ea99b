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
  createWidgetRules,
  deleteWidgetRules,
  listWidgetsRules,
  updateWidgetRules,
} from "./rules.js";

/**
 * Params of {@link createWidget}: path, query and body values in one object.
 *
 * @interface
 */
export type CreateWidgetParams = {
  [K in keyof JsonBody<operations["createWidget_v1"]>]: JsonBody<operations["createWidget_v1"]>[K];
};
/** What {@link createWidget} resolves to: the 201 response body. */
export interface CreateWidgetResponse extends SuccessBody<operations["createWidget_v1"]> {}

/** Request table of {@link createWidget}, read by the core runtime. */
export const createWidgetOperation: OperationSpec = {
  id: "createWidget_v1",
  method: "POST",
  path: "/v1/widgets",
  params: { name: "body", ownerId: "body", legacyId: "body" },
  hasBody: true,
  returnsBody: true,
  deprecated: ["legacyId"],
  rules: createWidgetRules,
};

/**
 * Create a widget
 *
 * `POST /v1/widgets` (operationId `createWidget_v1`); resolves to the 201 response body.
 * Deprecated params: `legacyId`.
 *
 * @example
 * const result = await createWidget(client, { name: "example", ownerId: "US123abc" });
 */
export function createWidget(
  client: OpenPhoneClient,
  params: CreateWidgetParams,
  options?: RequestOptions,
): Promise<CreateWidgetResponse> {
  return request(client, createWidgetOperation, params, options);
}

/**
 * Params of {@link deleteWidget}: path, query and body values in one object.
 *
 * @interface
 */
export type DeleteWidgetParams = {
  [K in keyof PathParams<operations["deleteWidget_v1"]>]: PathParams<operations["deleteWidget_v1"]>[K];
};
/** What {@link deleteWidget} resolves to: the 204 response body (none). */
export type DeleteWidgetResponse = SuccessBody<operations["deleteWidget_v1"]>;

/** Request table of {@link deleteWidget}, read by the core runtime. */
export const deleteWidgetOperation: OperationSpec = {
  id: "deleteWidget_v1",
  method: "DELETE",
  path: "/v1/widgets/{id}",
  params: { id: "path" },
  rules: deleteWidgetRules,
};

/**
 * Delete a widget
 *
 * `DELETE /v1/widgets/{id}` (operationId `deleteWidget_v1`); resolves to the 204 response body.
 *
 * @example
 * await deleteWidget(client, { id: "example" });
 */
export function deleteWidget(
  client: OpenPhoneClient,
  params: DeleteWidgetParams,
  options?: RequestOptions,
): Promise<DeleteWidgetResponse> {
  return request(client, deleteWidgetOperation, params, options);
}

/**
 * Params of {@link listWidgets}: path, query and body values in one object.
 *
 * @interface
 */
export type ListWidgetsParams = {
  [K in keyof QueryParams<operations["listWidgets_v1"]>]: QueryParams<operations["listWidgets_v1"]>[K];
};
/** What {@link listWidgets} resolves to: the 200 response body. */
export interface ListWidgetsResponse extends SuccessBody<operations["listWidgets_v1"]> {}

/** Request table of {@link listWidgets}, read by the core runtime. */
export const listWidgetsOperation: OperationSpec = {
  id: "listWidgets_v1",
  method: "GET",
  path: "/v1/widgets",
  params: { maxResults: "query", color: "query", since: "query", pageToken: "query" },
  returnsBody: true,
  deprecated: ["since"],
  rules: listWidgetsRules,
};

/**
 * List widgets
 *
 * Lists widgets, newest first.
 *
 * `GET /v1/widgets` (operationId `listWidgets_v1`); resolves to the 200 response body.
 * Deprecated params: `since`.
 *
 * @throws {NotFoundError} 404 Not Found (code 0100404)
 * @example
 * const result = await listWidgets(client, { maxResults: 10 });
 */
export function listWidgets(
  client: OpenPhoneClient,
  params: ListWidgetsParams,
  options?: RequestOptions,
): Promise<ListWidgetsResponse> {
  return request(client, listWidgetsOperation, params, options);
}

/**
 * Params of {@link updateWidget}: path, query and body values in one object.
 *
 * @interface
 */
export type UpdateWidgetParams = {
  [K in keyof (PathParams<operations["updateWidget_v1"]> & JsonBody<operations["updateWidget_v1"]>)]: (PathParams<operations["updateWidget_v1"]> & JsonBody<operations["updateWidget_v1"]>)[K];
};
/** What {@link updateWidget} resolves to: the 200 response body. */
export interface UpdateWidgetResponse extends SuccessBody<operations["updateWidget_v1"]> {}

/** Request table of {@link updateWidget}, read by the core runtime. */
export const updateWidgetOperation: OperationSpec = {
  id: "updateWidget_v1",
  method: "PATCH",
  path: "/v1/widgets/{id}",
  params: { id: "path", name: "body" },
  hasBody: true,
  returnsBody: true,
  rules: updateWidgetRules,
};

/**
 * Update a widget
 *
 * `PATCH /v1/widgets/{id}` (operationId `updateWidget_v1`); resolves to the 200 response body.
 *
 * @example
 * const result = await updateWidget(client, { id: "WG123abc" });
 */
export function updateWidget(
  client: OpenPhoneClient,
  params: UpdateWidgetParams,
  options?: RequestOptions,
): Promise<UpdateWidgetResponse> {
  return request(client, updateWidgetOperation, params, options);
}
