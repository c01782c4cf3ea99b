/**
 * Path and query serialization for the parameter styles the spec uses: path values `simple`, query values
 * `form` with `explode` (the OpenAPI defaults). The generator refuses any other style, so these few lines
 * cover every operation; they give the same output as openapi-fetch's default serializers for these shapes
 * (`test/url.test.ts` compares the two), at a tenth of the bundle size. A value they cannot encode is an
 * error (thrown before anything is sent), never `undefined` or `[object Object]` in a URL.
 */

/** `/v1/contacts/{id}` with each `{name}` replaced by its percent-encoded value. */
export function serializePath(path: string, values: Record<string, unknown>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === "" || (typeof value !== "string" && typeof value !== "number")) {
      throw new TypeError(`path parameter "${name}" must be a non-empty string`);
    }
    return encodeURIComponent(value);
  });
}

/** `a=1&list=x&list=y`: arrays as repeated keys, values percent-encoded; `undefined` and `null` are left out. */
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const name in query) {
    for (const value of ([] as unknown[]).concat(query[name])) {
      if (typeof value === "object" && value !== null) {
        throw new TypeError(`query parameter "${name}" must be a string, number or boolean, or an array of them`);
      }
      if (value != null) pairs.push(`${name}=${encodeURIComponent(value as string)}`);
    }
  }
  return pairs.join("&");
}
