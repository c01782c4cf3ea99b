// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  type BoundOperations,
  type BoundPaginatedOperation,
  type ClientOptions,
  createClient,
  type OpenPhoneClient,
  type PageItem,
  type PageParams,
  type PageResult,
  type PaginateOptions,
  type RequestOptions,
} from "@openphone-sdk/core";
import {
  bindOperations,
  paginateBound,
  paginatePagesBound,
  withResponseBound,
} from "@openphone-sdk/core/internal";
import { gadgetSettingsOperations } from "@openphone-sdk/gadget-settings";
import { widgetsOperations } from "@openphone-sdk/widgets";

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
  readonly gadgetSettings: BoundOperations<typeof gadgetSettingsOperations>;
  /**
   * Widgets: `createWidget`, `deleteWidget`, `listWidgets`, `updateWidget`.
   */
  readonly widgets: BoundOperations<typeof widgetsOperations>;

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
   * const { data, response } = await op.withResponse(op.widgets.listWidgets, params);
   */
  withResponse<P, R>(
    fn: (params: P, options?: RequestOptions) => Promise<R>,
    params: P,
    options?: RequestOptions,
  ): Promise<{ data: R; response: Response }> {
    return withResponseBound(fn, params, options);
  }
}
