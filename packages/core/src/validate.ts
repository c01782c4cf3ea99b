/**
 * Checks values against the spec's constraints before a request is sent (and, through
 * `@openphone-sdk/core/validate-responses`, success bodies after). No JSON-schema engine: the generator
 * compiles each operation's schemas into a compact {@link Rule} table, and this file walks it.
 */
import type { ClientConfig, RequestOptions } from "./client.js";
import { OpenPhoneError, ValidationError, type ValidationIssue } from "./errors.js";
import type { OperationSpec } from "./types.js";

/**
 * One compiled schema node. Keys are one letter to keep generated tables small; every key is optional
 * and an empty rule accepts anything. Each keyword applies only to values of its type, as in JSON Schema.
 */
export interface Rule {
  /**
   * Allowed JSON types, one letter each: `s` string, `n` number, `i` integer, `b` boolean, `a` array,
   * `o` object, `z` null. Absent: any type.
   */
  readonly t?: string;
  /** Allowed values (`enum`; a `const` is a one-value enum). */
  readonly e?: readonly unknown[];
  /** A string pattern (RegExp source, tested with the `u` flag). */
  readonly p?: string;
  /**
   * The rule text shown when `p` fails, e.g. `must be an E.164 number like +15555555555`; on a node with
   * `a` and no `p`, the text shown when the closest alternatives tie.
   */
  readonly m?: string;
  /** Minimum: a string's length, an array's item count or a number's value. */
  readonly n?: number;
  /** Maximum, likewise. */
  readonly x?: number;
  /** Properties of an object, each checked when present. */
  readonly o?: Readonly<Record<string, Rule>>;
  /** Required properties of an object. */
  readonly r?: readonly string[];
  /** The rule of every array item. */
  readonly i?: Rule;
  /** `anyOf`: the value must pass at least one of these (besides the keys above). */
  readonly a?: readonly Rule[];
}

const TYPES: Record<string, string> = {
  s: "a string",
  n: "a number",
  i: "an integer",
  b: "a boolean",
  a: "an array",
  o: "an object",
  z: "null",
};
const KINDS: Record<string, string> = { string: "s", number: "n", boolean: "b", object: "o" };

/** A value as shown in a message: JSON, cut to 40 characters. */
export function show(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {}
  text ??= String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Compiled once per pattern: compiling on every call costs more than the rest of the check. */
const compiled = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let regexp = compiled.get(source);
  if (!regexp) {
    regexp = new RegExp(source, "u");
    compiled.set(source, regexp);
  }
  return regexp;
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * Checks `value` against `rule` and appends every problem to `out` (also returned). `path` names the
 * value in messages: `to[0]`, `defaultFields.emails[1].value`; `""` is the root.
 */
export function check(rule: Rule, value: unknown, path = "", out: ValidationIssue[] = []): ValidationIssue[] {
  const add = (message: string) => out.push({ path, message: `${show(value)} ${message}` });
  const kind = value === null ? "z" : Array.isArray(value) ? "a" : (KINDS[typeof value] ?? "?");
  const { t, e, p, n, x, o, i, a } = rule;
  if (t && !t.includes(kind) && !(kind === "n" && t.includes("i") && Number.isInteger(value))) {
    add(`must be ${[...t].map((letter) => TYPES[letter]).join(" or ")}`);
    return out;
  }
  if (e && !e.includes(value)) add(`must be ${e.map(show).join(" or ")}`);
  // Bounds: a string's length (in code points, as JSON Schema counts), an array's length, a number.
  const size = kind === "n" ? value : kind === "s" || kind === "a" ? [...(value as string)].length : undefined;
  const is = kind === "n" ? "is" : `has length ${size},`;
  const short = (size as number) < (n as number);
  const long = (size as number) > (x as number);
  if (short) add(`${is} below the minimum ${n}`);
  if (long) add(`${is} above the maximum ${x}`);
  // Not on a string already too long: a pattern's work grows with the input (60,000 spaces once took 1.8 s).
  if (p && kind === "s" && !long && !pattern(p).test(value as string)) add(rule.m ?? `must match /${p}/`);
  if (kind === "o") {
    const object = value as Record<string, unknown>;
    for (const key of rule.r ?? [])
      if (object[key] === undefined) out.push({ path: at(path, key), message: "is required" });
    for (const key in o) if (object[key] !== undefined) check(o[key] as Rule, object[key], at(path, key), out);
  }
  if (kind === "a" && i) {
    for (const [index, item] of (value as unknown[]).entries()) check(i, item, `${path}[${index}]`, out);
  }
  if (a) {
    // anyOf: when every alternative fails, report the closest one (fewest problems); on a tie, the
    // node's own text when the generator wrote one (`m`), else the first alternative's problems.
    const tries = a.map((alt) => check(alt, value, path, []));
    const fewest = Math.min(...tries.map((issues) => issues.length));
    const closest = tries.filter((issues) => issues.length === fewest);
    if (fewest) {
      if (closest.length > 1 && rule.m && !p) add(rule.m);
      else out.push(...(closest[0] as ValidationIssue[]));
    }
  }
  return out;
}

/**
 * Checks a call's flat params against the operation's generated rules; throws one `ValidationError`
 * listing every problem. Unknown keys are left to `splitParams`. Operations generated without rules pass.
 */
export function validateParams(op: OperationSpec, params: unknown): void {
  const issues = op.rules ? check(op.rules, params ?? {}) : [];
  if (issues.length) throw new ValidationError(op.id, issues);
}

/** What `validateResponses` does with a success body that does not match the spec. */
export type ResponseValidationMode = "warn" | "error";

/**
 * Success-response schemas for `validateResponses`, from `@openphone-sdk/<package>/response-schemas`
 * (made with `defineResponseSchemas()` of `@openphone-sdk/core/validate-responses`).
 */
export interface ResponseSchemas {
  /** operationId -> rule of the success body. */
  readonly rules: Readonly<Record<string, Rule>>;
  /**
   * Before sending: the check to run on the success body of `op`. Throws when no rule covers `op`.
   * `"error"` throws `ResponseValidationError`; `"warn"` reports each (operation, path) once through `warn`.
   */
  prepare(op: OperationSpec, mode: ResponseValidationMode, warn: (message: string) => void): (body: unknown) => void;
}

/**
 * Prepares the response check of one call, before anything is sent: `undefined` when `validateResponses`
 * is off, otherwise a function to run on the success body. Throws when no schemas cover the operation, so a
 * misconfiguration never surfaces after a request with side effects has gone out.
 */
export function responseCheck(
  config: ClientConfig,
  op: OperationSpec,
  options: RequestOptions | undefined,
  warn: (message: string) => void,
): ((body: unknown) => void) | undefined {
  const mode = options?.validateResponses ?? config.validateResponses;
  if (!mode) return undefined;
  if (!config.responseSchemas) throw new OpenPhoneError("validateResponses needs createClient({ responseSchemas })");
  return config.responseSchemas.prepare(op, mode, warn);
}
