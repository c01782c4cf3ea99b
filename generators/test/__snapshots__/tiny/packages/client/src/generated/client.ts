// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  type BoundPaginatedOperation,
  type ClientOptions,
  createClient,
  type OpenPhoneClient,
  type PageItem,
  type PageParams,
  type PageResult,
  type PaginateOptions,
  type RequestOptions,
  type WithResponse,
} from "@openphone-sdk/core";
import {
  bindOperations,
  paginateBound,
  paginatePagesBound,
  withResponseBound,
} from "@openphone-sdk/core/internal";
import {
  gadgetSettingsOperations,
  type GetGadgetSettingsParams,
  type GetGadgetSettingsResponse,
} from "@openphone-sdk/gadget-settings";
import {
  widgetsOperations,
  type CreateWidgetParams,
  type CreateWidgetResponse,
  type DeleteWidgetParams,
  type DeleteWidgetResponse,
  type ListWidgetsParams,
  type ListWidgetsResponse,
  type UpdateWidgetParams,
  type UpdateWidgetResponse,
} from "@openphone-sdk/widgets";

/**
 * The whole OpenPhone API on one client: a namespace per resource, each method the package function
 * with the client bound (`op.<resource>.<function>(params, options?)`).
 *
 * @example
 * const op = new OpenPhone({ apiKey: process.env.OPENPHONE_API_KEY });
 * const result = await op.gadgetSettings.getGadgetSettings();
 */
export class OpenPhone {
  /**
   * The client behind every namespace: also accepted by each package's functions and by `paginate`.
   */
  readonly client: OpenPhoneClient;
  /**
   * Gadget Settings: `getGadgetSettings`.
   */
  readonly gadgetSettings: GadgetSettingsMethods;
  /**
   * Widgets: `createWidget`, `deleteWidget`, `listWidgets`, `updateWidget`.
   */
  readonly widgets: WidgetsMethods;

  /**
   * Falls back to the `OPENPHONE_API_KEY` environment variable when `apiKey` is not given.
   */
  constructor(options: ClientOptions = {}) {
    this.client = createClient(options);
    this.gadgetSettings = bindOperations(this.client, gadgetSettingsOperations);
    this.widgets = bindOperations(this.client, widgetsOperations);
  }

  /**
   * Every item of a list operation, across pages fetched one at a time as you iterate, following
   * `nextPageToken` until it is null or absent. Only operations that take `pageToken` are accepted.
   *
   * @example
   * for await (const item of op.paginate(op.widgets.listWidgets, params, { maxItems: 500 })) console.log(item);
   */
  paginate<P extends PageParams, R extends PageResult>(
    fn: BoundPaginatedOperation<P, R>,
    params: P,
    options?: PaginateOptions,
  ): AsyncGenerator<PageItem<R>, void, undefined> {
    return paginateBound(fn, params, options);
  }

  /**
   * Every page (`{ data, nextPageToken, … }`) of a list operation, fetched one at a time as you iterate.
   *
   * @example
   * for await (const page of op.paginatePages(op.widgets.listWidgets, params)) console.log(page.data.length);
   */
  paginatePages<P extends PageParams, R extends PageResult>(
    fn: BoundPaginatedOperation<P, R>,
    params: P,
    options?: PaginateOptions,
  ): AsyncGenerator<R, void, undefined> {
    return paginatePagesBound(fn, params, options);
  }

  /**
   * Runs an operation and returns its result with the HTTP `Response` (status, headers).
   *
   * @example
   * const { body, response } = await op.withResponse(op.widgets.listWidgets, params);
   */
  withResponse<P, R>(
    fn: (params: P, options?: RequestOptions) => Promise<R>,
    params: P,
    options?: RequestOptions,
  ): Promise<WithResponse<R>> {
    return withResponseBound(fn, params, options);
  }
}

/**
 * The methods of `op.gadgetSettings` (Gadget Settings): the functions of `@openphone-sdk/gadget-settings` with the client bound.
 */
export interface GadgetSettingsMethods {
  /**
   * Get gadget settings
   *
   * `GET /v1/gadget-settings` (operationId `getGadgetSettings_v1`); resolves to the 200 response body.
   *
   * @example
   * const result = await op.gadgetSettings.getGadgetSettings();
   */
  getGadgetSettings(params?: GetGadgetSettingsParams, options?: RequestOptions): Promise<GetGadgetSettingsResponse>;
}

/**
 * The methods of `op.widgets` (Widgets): the functions of `@openphone-sdk/widgets` with the client bound.
 */
export interface WidgetsMethods {
  /**
   * Create a widget
   *
   * `POST /v1/widgets` (operationId `createWidget_v1`); resolves to the 201 response body.
   * Deprecated params: `legacyId`.
   *
   * @example
   * const result = await op.widgets.createWidget({ name: "example", ownerId: "US123abc" });
   */
  createWidget(params: CreateWidgetParams, options?: RequestOptions): Promise<CreateWidgetResponse>;
  /**
   * Delete a widget
   *
   * `DELETE /v1/widgets/{id}` (operationId `deleteWidget_v1`); resolves to the 204 response body.
   *
   * @example
   * await op.widgets.deleteWidget({ id: "example" });
   */
  deleteWidget(params: DeleteWidgetParams, options?: RequestOptions): Promise<DeleteWidgetResponse>;
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
   * const result = await op.widgets.listWidgets({ maxResults: 10 });
   */
  listWidgets(params: ListWidgetsParams, options?: RequestOptions): Promise<ListWidgetsResponse>;
  /**
   * Update a widget
   *
   * `PATCH /v1/widgets/{id}` (operationId `updateWidget_v1`); resolves to the 200 response body.
   *
   * @example
   * const result = await op.widgets.updateWidget({ id: "WG123abc" });
   */
  updateWidget(params: UpdateWidgetParams, options?: RequestOptions): Promise<UpdateWidgetResponse>;
}
