/**
 * Pages of a list: `maxResults` items from the position a `pageToken` names, and the token of the next page
 * until the last one, whose `nextPageToken` is null. Tokens are opaque to clients: base64url of the
 * operation id and a position, so a token from another list operation, or one made up, is refused (400)
 * instead of silently restarting the list.
 */
import type { SpecOperation } from "./spec.js";

export interface Positioned<T> {
  /** Where the item sits: its index in a generated list, its creation sequence number in a stored one. */
  position: number;
  value: T;
}

export interface Page<T> {
  data: T[];
  totalItems: number;
  nextPageToken: string | null;
}

export class PageTokenError extends Error {}

export function encodePageToken(operationId: string, position: number): string {
  return Buffer.from(JSON.stringify([operationId, position])).toString("base64url");
}

export function decodePageToken(operationId: string, token: string): number {
  if (token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token))
    throw new PageTokenError(`pageToken is not one this API issued`);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw new PageTokenError(`pageToken is not one this API issued`);
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || typeof decoded[1] !== "number") {
    throw new PageTokenError(`pageToken is not one this API issued`);
  }
  const [id, position] = decoded as [unknown, number];
  if (id !== operationId)
    throw new PageTokenError(`pageToken belongs to another list operation (${String(id).slice(0, 60)})`);
  if (!Number.isSafeInteger(position) || position < 0) throw new PageTokenError(`pageToken is not one this API issued`);
  return position;
}

/** `maxResults` as the request gives it (Prism has checked it against the spec), else the spec's default. */
export function pageSize(operation: SpecOperation, query: URLSearchParams): number {
  const schema = operation.parameters.find((p) => p.in === "query" && p.name === "maxResults")?.schema;
  const maximum = typeof schema?.maximum === "number" ? schema.maximum : 100;
  const fallback = typeof schema?.default === "number" ? schema.default : 10;
  const raw = query.get("maxResults");
  const requested = raw === null ? fallback : Number(raw);
  if (!Number.isInteger(requested) || requested < 1) return fallback;
  return Math.min(requested, maximum);
}

/** One page of `items` (in order of `position`), starting at the request's `pageToken`. */
export function pageOf<T>(operation: SpecOperation, items: Positioned<T>[], query: URLSearchParams): Page<T> {
  const token = query.get("pageToken");
  const start = token ? decodePageToken(operation.id, token) : 0;
  const size = pageSize(operation, query);
  const from = items.findIndex((item) => item.position >= start);
  const rest = from === -1 ? [] : items.slice(from);
  const data = rest.slice(0, size);
  const next = rest[size];
  return {
    data: data.map((item) => item.value),
    totalItems: items.length,
    nextPageToken: next ? encodePageToken(operation.id, next.position) : null,
  };
}

/** A generated list, positioned by index. */
export function indexed<T>(values: T[]): Positioned<T>[] {
  return values.map((value, position) => ({ position, value }));
}
