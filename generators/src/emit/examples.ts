/**
 * Builds example params for an operation from the spec's own examples, falling back to values made
 * up from the schema where an example is missing or breaks the schema (e.g. `OP123abc` given for a
 * `^PN` field): examples in READMEs and JSDoc must run against a spec-validating server.
 */
import type { NormalizedOperation } from "../normalize.js";
import type { SchemaObject } from "../openapi.js";

const E164 = "^\\+[1-9]\\d{1,14}$";

function matchesPattern(value: string, pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return true;
  }
}

function typesOf(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  return [];
}

/** Does `value` plainly satisfy the schema's own type, enum, pattern and bounds? (no recursion into objects) */
function fits(value: unknown, schema: SchemaObject): boolean {
  if (schema.enum && !schema.enum.some((e) => e === value)) return false;
  const types = typesOf(schema);
  if (types.length) {
    const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    const ok = types.some(
      (t) => t === actual || (t === "integer" && Number.isInteger(value)) || (t === "number" && actual === "number"),
    );
    if (!ok) return false;
  }
  if (typeof value === "string") {
    if (!matchesPattern(value, schema.pattern)) return false;
    if (schema.minLength !== undefined && value.length < schema.minLength) return false;
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
  }
  if (Array.isArray(value) || (typeof value === "object" && value !== null)) return false; // built, not copied
  return true;
}

function fromPattern(pattern: string): string | undefined {
  if (pattern === E164) return "+15555555555";
  const prefix = /^\^([A-Z]{2,3})\(\.\*\)\$$/.exec(pattern)?.[1];
  if (prefix) return `${prefix}123abc`;
  return undefined;
}

function stringExample(schema: SchemaObject): string {
  if (schema.pattern) {
    const made = fromPattern(schema.pattern);
    if (made !== undefined) return made;
  }
  switch (schema.format) {
    case "date-time":
      return "2022-01-01T00:00:00Z";
    case "date":
      return "2022-01-01";
    case "email":
      return "jane@example.com";
    case "uri":
    case "url":
      return "https://example.com/webhooks/openphone";
  }
  return "example";
}

/** An example value for `schema`; for objects, only required properties unless `all`. */
export function exampleValue(schema: SchemaObject, deref: (s: SchemaObject) => SchemaObject, depth = 0): unknown {
  const s = deref(schema);
  if (depth > 8) return undefined;
  if (s.const !== undefined) return s.const;
  const candidates = [...(Array.isArray(s.examples) ? s.examples : []), s.example, s.default];
  for (const candidate of candidates) if (candidate !== undefined && fits(candidate, s)) return candidate;
  if (s.enum?.length) return s.enum[0];
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const first = alternatives.map(deref).find((alt) => !typesOf(alt).includes("null") || typesOf(alt).length > 1);
    return first ? exampleValue(first, deref, depth + 1) : null;
  }
  const type = typesOf(s).find((t) => t !== "null") ?? (s.properties ? "object" : s.items ? "array" : "string");
  switch (type) {
    case "string":
      return stringExample(s);
    case "integer":
    case "number":
      return s.minimum !== undefined && s.minimum > 1 ? s.minimum : Math.min(1, s.maximum ?? 1);
    case "boolean":
      return true;
    case "array": {
      const item = s.items ? exampleValue(s.items, deref, depth + 1) : "example";
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => item);
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key];
        if (prop) out[key] = exampleValue(prop, deref, depth + 1);
      }
      return out;
    }
  }
  return null;
}

/** Example `params` for a call: every required key, with a valid value. */
export function exampleParams(
  op: NormalizedOperation,
  deref: (s: SchemaObject) => SchemaObject,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const param of op.params) {
    if (!param.required) continue;
    params[param.key] = exampleValue(param.schema, deref);
  }
  return params;
}
