import type { OpenPhoneClient } from "./client.js";

/** An operation function: `(client, params, options?) => Promise<result>`. */
// biome-ignore lint/suspicious/noExplicitAny: a function type that accepts any operation signature
export type AnyOperation = (client: OpenPhoneClient, ...args: any[]) => Promise<unknown>;

/** The operations of a table with the client argument already filled in. */
export type BoundOperations<T extends Record<string, AnyOperation>> = {
  readonly [K in keyof T]: T[K] extends (client: OpenPhoneClient, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** Binds every operation of `table` to `client`: what the umbrella client exposes per resource. */
export function bindOperations<T extends Record<string, AnyOperation>>(
  client: OpenPhoneClient,
  table: T,
): BoundOperations<T> {
  const bound: Record<string, unknown> = {};
  for (const name of Object.keys(table)) {
    const operation = table[name] as AnyOperation;
    bound[name] = (...args: unknown[]) => operation(client, ...args);
  }
  return Object.freeze(bound) as BoundOperations<T>;
}
