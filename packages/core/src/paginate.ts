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
 * An operation `paginate` accepts: its params have `pageToken` and its result has `nextPageToken`
 * (`listCalls`, `listMessages`…). For any other operation this is `never`, so passing it is a type error.
 */
export type PaginatedOperation<P, R> = "pageToken" extends keyof P
  ? "nextPageToken" extends keyof R
    ? (client: OpenPhoneClient, params: P, options?: RequestOptions) => Promise<R>
    : never
  : never;

/** The same, already bound to a client (the umbrella client's `op.calls.listCalls`). */
export type BoundPaginatedOperation<P, R> = "pageToken" extends keyof P
  ? "nextPageToken" extends keyof R
    ? (params: P, options?: RequestOptions) => Promise<R>
    : never
  : never;

export interface PaginateOptions extends RequestOptions {
  /** Stop after this many items (`paginate`) or once the pages fetched hold this many (`paginatePages`). */
  maxItems?: number;
}

type FetchPage<P, R> = (params: P, options?: RequestOptions) => Promise<R>;

/**
 * Every item of a list operation, across pages fetched one at a time as you iterate, following
 * `nextPageToken` until it is null or absent. `params.pageToken`, if given, is where the first page starts.
 *
 * @example
 * for await (const call of paginate(listCalls, client, { phoneNumberId, participants, maxResults: 100 })) {
 *   console.log(call.id);
 * }
 */
export function paginate<P extends PageParams, R extends PageResult>(
  fn: PaginatedOperation<P, R>,
  client: OpenPhoneClient,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<PageItem<R>, void, undefined> {
  return items(bindTo(fn, client), params, options);
}

/**
 * Every page of a list operation (`{ data, nextPageToken, … }`), fetched one at a time as you iterate.
 *
 * @example
 * for await (const page of paginatePages(listCalls, client, { phoneNumberId, participants, maxResults: 100 })) {
 *   console.log(page.data.length);
 * }
 */
export function paginatePages<P extends PageParams, R extends PageResult>(
  fn: PaginatedOperation<P, R>,
  client: OpenPhoneClient,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<R, void, undefined> {
  return pages(bindTo(fn, client), params, options);
}

/** `paginate` for an operation already bound to a client: what the umbrella client's `paginate` runs. */
export function paginateBound<P extends PageParams, R extends PageResult>(
  fn: BoundPaginatedOperation<P, R>,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<PageItem<R>, void, undefined> {
  return items(fn as FetchPage<P, R>, params, options);
}

/** `paginatePages` for an operation already bound to a client: what the umbrella client's `paginatePages` runs. */
export function paginatePagesBound<P extends PageParams, R extends PageResult>(
  fn: BoundPaginatedOperation<P, R>,
  params: P,
  options?: PaginateOptions,
): AsyncGenerator<R, void, undefined> {
  return pages(fn as FetchPage<P, R>, params, options);
}

function bindTo<P, R>(fn: PaginatedOperation<P, R>, client: OpenPhoneClient): FetchPage<P, R> {
  const operation = fn as (client: OpenPhoneClient, params: P, options?: RequestOptions) => Promise<R>;
  return (params, options) => operation(client, params, options);
}

async function* pages<P extends PageParams, R extends PageResult>(
  fetchPage: FetchPage<P, R>,
  params: P,
  options: PaginateOptions | undefined,
): AsyncGenerator<R, void, undefined> {
  const maxItems = readMaxItems(options);
  let pageToken = params.pageToken;
  // Every token followed: a server that hands back one already seen (A -> B -> A, or A -> A) would otherwise
  // be asked for the same pages forever. Tokens are short; 1,000 pages keep some tens of KB.
  const seen = new Set<string | undefined>([pageToken]);
  let count = 0;
  while (count < maxItems) {
    const page = await fetchPage({ ...params, pageToken }, options);
    yield page;
    count += page.data.length;
    const next = page.nextPageToken;
    if (next === null || next === undefined || next === "") return;
    if (seen.has(next)) {
      throw new OpenPhoneError(
        `Pagination stopped: the API returned a pageToken it had already returned (after ${seen.size} pages), which would repeat pages forever`,
      );
    }
    seen.add(next);
    pageToken = next;
  }
}

async function* items<P extends PageParams, R extends PageResult>(
  fetchPage: FetchPage<P, R>,
  params: P,
  options: PaginateOptions | undefined,
): AsyncGenerator<PageItem<R>, void, undefined> {
  const maxItems = readMaxItems(options);
  let count = 0;
  if (maxItems === 0) return;
  for await (const page of pages(fetchPage, params, options)) {
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
