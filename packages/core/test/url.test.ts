/**
 * The SDK's own path and query serializers against openapi-fetch's defaults, on values for every parameter of
 * every operation in spec/openapi.json: the URLs must be identical, so the SDK sends what an openapi-fetch
 * client would.
 */
import { readFileSync } from "node:fs";
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { serializePath, serializeQuery } from "../src/url.js";

interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; items?: { type?: string } };
  style?: string;
  explode?: boolean;
}
const spec = JSON.parse(readFileSync(new URL("../../../spec/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { operationId: string; parameters?: Parameter[] }>>;
};

/** Awkward but valid values: reserved characters, spaces, unicode, an E.164 plus sign. */
const STRINGS = ["PN123abc", "+15555550100", "a b&c=d/e?f#g", "héllo 👋", "100%"];
function sample(parameter: Parameter, round: number): unknown {
  const schema = parameter.schema ?? {};
  const text = STRINGS[round % STRINGS.length] as string;
  if (schema.type === "array") return [text, STRINGS[(round + 1) % STRINGS.length]];
  if (schema.type === "integer" || schema.type === "number") return round * 7 + 1;
  if (schema.type === "boolean") return round % 2 === 0;
  return text;
}

const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.values(item).map((op) => ({ path, id: op.operationId, parameters: op.parameters ?? [] })),
);
const openapiFetchQuery = createQuerySerializer();

describe("serializers match openapi-fetch", () => {
  it("the spec has operations with path and query parameters to compare", () => {
    const kinds = new Set(operations.flatMap((op) => op.parameters.map((p) => `${p.in}:${p.schema?.type}`)));
    expect(kinds).toContain("path:string");
    expect(kinds).toContain("query:array");
    expect(kinds).toContain("query:integer");
    expect(kinds).toContain("query:boolean");
  });

  for (const op of operations) {
    it(`${op.id}: the same URL for every parameter`, () => {
      for (let round = 0; round < STRINGS.length; round++) {
        const path: Record<string, unknown> = {};
        const query: Record<string, unknown> = {};
        for (const parameter of op.parameters) {
          expect(parameter.style ?? "default").toBe("default");
          (parameter.in === "path" ? path : query)[parameter.name] = sample(parameter, round + parameter.name.length);
        }
        const expected = createFinalURL(op.path, {
          baseUrl: "https://api.test",
          params: { path, query },
          querySerializer: openapiFetchQuery,
          pathSerializer: defaultPathSerializer,
        });
        const search = serializeQuery(query);
        expect(`https://api.test${serializePath(op.path, path)}${search && `?${search}`}`).toBe(expected);
      }
    });
  }

  it("leaves out undefined and null query values, as openapi-fetch does", () => {
    const query = { a: undefined, b: null, c: "x", d: [] };
    expect(serializeQuery(query)).toBe(openapiFetchQuery(query));
    expect(serializeQuery(query)).toBe("c=x");
  });
});
