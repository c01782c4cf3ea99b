/** Lazy iteration over the list operations that take `pageToken` and answer `nextPageToken`. */
import type { OpenPhoneClient, RequestOptions } from "./client.js";
import { OpenPhoneError } from "./errors.js";

/** Params of a paginated operation: it must accept `pageToken`. */
export type PageParams = { pageToken?: string };
/** Result of a paginated operation: a page of `data` and the token of the next page. */
export type PageResult = { data: readonly unknown[]; nextPageToken?: string | null };
/** The item type of a page. */
export type PageItem<R> = R extends { data: readonly (infer Item)[] } ? Item : never;

/**
 * A function `paginate` accepts: an operation whose params have `pageToken` and whose result has
 * `nextPageToken` (`listCalls`, `listMessages`…). Anything else resolves to `never`, a type error.
 */
export type PaginatedOperation<P, R> = "pageToken" extends keyof P
  ? "nextPageToken" extends keyof R
    ? (client: OpenPhoneClient, params: P, options?: RequestOptions) => Promise<R>
    : never
  : never;

export interface PaginateOptions extends RequestOptions {
  /** Stop after this many items (`paginate`) or once the pages fetched hold this many (`paginatePages`). */
  maxItems?: number;
}

/**
 * Every page of a list operation, fetched one at a time as you iterate, following `nextPageToken` until it
 * is null or absent. `params.pageToken`, if given, is where the first page starts.
 *
 * @example
 * for await (const page of paginatePages(listCalls, client, { phoneNumberId, participants, maxResults: 100 })) {
 *   console.log(page.data.length);
 * }
 */
export async function* paginatePages<P extends PageParams, R extends PageResult>(
  fn: PaginatedOperation<P, R>,
  client: OpenPhoneClient,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<R, void, undefined> {
  const maxItems = readMaxItems(options);
  let pageToken = params.pageToken;
  let items = 0;
  while (items < maxItems) {
    const page: R = await (fn as (c: OpenPhoneClient, p: P, o?: RequestOptions) => Promise<R>)(
      client,
      { ...params, pageToken },
      options,
    );
    yield page;
    items += page.data.length;
    const next = page.nextPageToken;
    if (next === null || next === undefined || next === "") return;
    // A server that hands back the token it was given would otherwise be asked for the same page forever.
    if (next === pageToken) throw new OpenPhoneError(`Pagination stopped: the API returned the same pageToken twice`);
    pageToken = next;
  }
}

/**
 * Every item of a list operation, across pages fetched lazily as you iterate.
 *
 * @example
 * for await (const call of paginate(listCalls, client, { phoneNumberId, participants, maxResults: 100 })) {
 *   console.log(call.id);
 * }
 */
export async function* paginate<P extends PageParams, R extends PageResult>(
  fn: PaginatedOperation<P, R>,
  client: OpenPhoneClient,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<PageItem<R>, void, undefined> {
  const maxItems = readMaxItems(options);
  let count = 0;
  if (maxItems === 0) return;
  for await (const page of paginatePages(fn, client, params, options)) {
    for (const item of page.data as readonly PageItem<R>[]) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}

function readMaxItems(options: PaginateOptions | undefined): number {
  const maxItems = options?.maxItems ?? Number.POSITIVE_INFINITY;
  if (!(maxItems >= 0)) throw new OpenPhoneError(`maxItems must be 0 or more, got ${String(maxItems)}`);
  return maxItems;
}
