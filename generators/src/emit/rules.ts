/**
 * Compiles the spec's schemas into the compact rule tables core checks values with
 * (`Rule` in packages/core/src/validate.ts): `src/generated/rules.ts` holds each operation's
 * constraints on its flat params, `src/generated/response-schemas.ts` each success body's schema.
 *
 * Supported: type (and 3.0 `nullable`), enum, const, pattern, formats date-time and uri (core's checkers),
 * minLength/maxLength, minimum/maximum, minItems/maxItems, properties, required, items, allOf (merged),
 * anyOf and oneOf (both checked as anyOf). Other keywords (`additionalProperties: false` among them) are
 * left out: the check is then looser than the spec, never stricter.
 */
import type { NormalizedOperation } from "../normalize.js";
import type { SchemaObject } from "../openapi.js";
import type { PackagePlan } from "../plan.js";
import { Code, importLine, literal, TS_HEADER } from "./code.js";

/** Mirrors `Rule` in packages/core/src/validate.ts; see there for what each key means. */
export interface Rule {
  t?: string;
  e?: unknown[];
  p?: string;
  m?: string;
  n?: number;
  x?: number;
  o?: Record<string, Rule>;
  r?: string[];
  i?: Rule;
  a?: Rule[];
  /** The name of core's checker of the format (a key of {@link FORMATS}), printed as a reference to it. */
  f?: string;
}

/**
 * Formats core checks, by the name of its checker; the text is what core's checker says after "must be".
 * Other formats (`uri-reference`, say) are left out: looser, never stricter.
 */
export const FORMATS: Record<string, { checker: string; text: string }> = {
  "date-time": { checker: "dateTimeFormat", text: "an RFC 3339 date-time like 2022-01-01T00:00:00Z" },
  uri: { checker: "uriFormat", text: "an absolute URI (RFC 3986) like https://example.com/path" },
};
const FORMAT_TEXT = Object.fromEntries(Object.values(FORMATS).map(({ checker, text }) => [checker, text]));

export interface RuleContext {
  /** Follows `$ref`s. */
  resolve: (schema: SchemaObject) => SchemaObject;
  /** Id prefix -> what the id is, e.g. `PN` -> `a phone number id` (generators/sdk.config.json `idPrefixes`). */
  idPrefixes: Record<string, string>;
}

const E164 = "^\\+[1-9]\\d{1,14}$";

/** Readable rule text for patterns and formats the spec uses; others print as `must match /…/`. */
export function patternText(pattern: string, idPrefixes: Record<string, string>): string | undefined {
  if (pattern === E164) return "must be an E.164 number like +15555555555";
  if (pattern === ".*\\S.*") return "must contain a non-space character";
  const prefix = /^\^([A-Z]{2,3})\(\.\*\)\$$/.exec(pattern)?.[1];
  if (prefix) return `must be ${idPrefixes[prefix] ?? "an id"} starting with ${prefix}`;
  return undefined;
}

const TYPE_LETTER: Record<string, string> = {
  string: "s",
  number: "n",
  integer: "i",
  boolean: "b",
  array: "a",
  object: "o",
  null: "z",
};
const LETTER_ORDER = "sinbaoz";

/** Type letters in a fixed order, `i` dropped when `n` (every integer is a number) is there. */
function typeLetters(letters: Iterable<string>): string {
  const set = new Set(letters);
  if (set.has("n")) set.delete("i");
  return [...LETTER_ORDER].filter((l) => set.has(l)).join("");
}

function intersectTypes(a: string, b: string): string {
  const out = new Set<string>();
  for (const l of a) {
    if (b.includes(l)) out.add(l);
    else if (l === "i" && b.includes("n")) out.add("i");
    else if (l === "n" && b.includes("i")) out.add("i");
  }
  return typeLetters(out);
}

/** Do two type sets share a value? (`i` and `n` do.) */
function overlaps(a: string, b: string): boolean {
  return intersectTypes(a, b) !== "";
}

/** JSON with sorted keys: equal rules print equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const isEmpty = (rule: Rule) => Object.keys(rule).length === 0;

/**
 * Both rules at once (allOf). Where core cannot express the combination (two different patterns, two
 * anyOf lists, disjoint types), `a`'s constraint is kept and `b`'s dropped: looser, never stricter.
 */
function mergeAll(a: Rule, b: Rule): Rule {
  const out: Rule = { ...a };
  if (b.t !== undefined) out.t = a.t === undefined ? b.t : intersectTypes(a.t, b.t) || a.t;
  if (b.e !== undefined && a.e === undefined) out.e = b.e;
  if (b.p !== undefined && a.p === undefined) {
    out.p = b.p;
    if (b.m !== undefined) out.m = b.m;
  }
  if (b.f !== undefined && a.f === undefined) out.f = b.f;
  if (b.n !== undefined) out.n = a.n === undefined ? b.n : Math.max(a.n, b.n);
  if (b.x !== undefined) out.x = a.x === undefined ? b.x : Math.min(a.x, b.x);
  if (b.o !== undefined) {
    const props: Record<string, Rule> = { ...a.o };
    for (const [key, rule] of Object.entries(b.o)) props[key] = props[key] ? mergeAll(props[key], rule) : rule;
    out.o = props;
  }
  if (b.r !== undefined) out.r = [...new Set([...(a.r ?? []), ...b.r])];
  if (b.i !== undefined) out.i = a.i === undefined ? b.i : mergeAll(a.i, b.i);
  if (b.a !== undefined && a.a === undefined) {
    out.a = b.a;
    if (b.m !== undefined && b.p === undefined && out.p === undefined) out.m = b.m;
  }
  return out;
}

/** Types the bounds `n` and `x` apply to. */
const SIZED = "sina";

/**
 * Can `a` or `b` be written as one rule? Yes when their types are disjoint and each keyword belongs to
 * one of them: `anyOf [string, null]` -> `{ t: "sz" }`. Returns the merged rule or undefined.
 */
function mergeDisjoint(a: Rule, b: Rule): Rule | undefined {
  if (a.t === undefined || b.t === undefined || a.a || b.a || overlaps(a.t, b.t)) return undefined;
  const has = (rule: Rule, letters: string) => [...(rule.t as string)].some((l) => letters.includes(l));
  const out: Rule = { t: typeLetters([...a.t, ...b.t]) };
  // enum applies to every type: merge only enums with enums, or an enum with a bare null.
  const isNull = (rule: Rule) => canonical(rule) === canonical({ t: "z" });
  if (a.e || b.e) {
    if (a.e && b.e) out.e = [...a.e, ...b.e];
    else if (a.e && isNull(b)) out.e = [...a.e, null];
    else if (b.e && isNull(a)) out.e = [...b.e, null];
    else return undefined;
  }
  // Bounds apply to strings, numbers and arrays alike: every sized alternative must agree.
  for (const key of ["n", "x"] as const) {
    const sized = [a, b].filter((rule) => has(rule, SIZED));
    const values = new Set(sized.map((rule) => rule[key]));
    if (values.size > 1) return undefined;
    const [value] = values;
    if (value !== undefined) out[key] = value;
  }
  for (const rule of [a, b]) {
    if (rule.p !== undefined && has(rule, "s")) {
      out.p = rule.p;
      if (rule.m !== undefined) out.m = rule.m;
    }
    if (rule.f !== undefined && has(rule, "s")) out.f = rule.f;
    if (has(rule, "o")) {
      if (rule.o) out.o = rule.o;
      if (rule.r) out.r = rule.r;
    }
    if (rule.i && has(rule, "a")) out.i = rule.i;
  }
  return out;
}

/** Does `wide` accept every value `narrow` accepts? (Each keyword of `wide` is in `narrow`, or a wider type.) */
function covers(wide: Rule, narrow: Rule): boolean {
  return Object.entries(wide).every(([key, value]) =>
    key === "t"
      ? narrow.t !== undefined && intersectTypes(narrow.t, value as string) === typeLetters(narrow.t)
      : canonical(narrow[key as keyof Rule]) === canonical(value),
  );
}

/**
 * Can object alternatives be written as one object? Yes when they are plain objects that differ in the
 * rule of one property only: `anyOf [{value: string}, {value: boolean}]` -> `{value: anyOf [...]}`.
 */
function mergeObjects(alts: Rule[]): Rule | undefined {
  const plain = (rule: Rule) => rule.t === "o" && Object.keys(rule).every((k) => "tor".includes(k));
  if (alts.length < 2 || !alts.every(plain)) return undefined;
  const [first, ...rest] = alts as [Rule, ...Rule[]];
  const keys = Object.keys(first.o ?? {}).sort();
  const same = (rule: Rule) =>
    canonical(Object.keys(rule.o ?? {}).sort()) === canonical(keys) &&
    canonical([...(rule.r ?? [])].sort()) === canonical([...(first.r ?? [])].sort());
  if (!rest.every(same)) return undefined;
  const differing = keys.filter((key) => new Set(alts.map((rule) => canonical(rule.o?.[key]))).size > 1);
  if (differing.length !== 1) return undefined;
  const key = differing[0] as string;
  const merged = anyOf(alts.map((rule) => rule.o?.[key] as Rule));
  return { ...first, o: { ...first.o, [key]: merged } };
}

/** One rule for "any of these": flattened, deduplicated and merged where that loses nothing. */
export function anyOf(input: Rule[]): Rule {
  let alts: Rule[] = [];
  for (const rule of input) {
    if (rule.a && Object.keys(rule).length === 1) alts.push(...rule.a);
    else alts.push(rule);
  }
  // `{ t: "az", i }` is `{ t: "a", i }` or null (no keyword but enum and anyOf constrains a null).
  alts = alts.flatMap((rule) =>
    rule.t && rule.t.length > 1 && rule.t.includes("z") && !rule.e && !rule.a
      ? [{ ...rule, t: rule.t.replace("z", "") }, { t: "z" }]
      : [rule],
  );
  if (alts.some(isEmpty)) return {};
  alts = alts.filter((rule, index) => alts.findIndex((other) => canonical(other) === canonical(rule)) === index);
  // Drop an alternative that another one already accepts: `string` covers `date-time string`.
  alts = alts.filter((rule, index) => !alts.some((other, j) => j !== index && covers(other, rule)));
  const objects = mergeObjects(alts);
  if (objects) alts = [objects];
  for (let merged = true; merged && alts.length > 1; ) {
    merged = false;
    for (let i = 0; i < alts.length && !merged; i++) {
      for (let j = i + 1; j < alts.length && !merged; j++) {
        const one = mergeDisjoint(alts[i] as Rule, alts[j] as Rule);
        if (one) {
          alts.splice(j, 1);
          alts[i] = one;
          merged = true;
        }
      }
    }
  }
  const patterns = mergePatterns(alts);
  if (patterns) alts = [patterns];
  if (alts.length === 1) return alts[0] as Rule;
  const text = describeAll(alts);
  return text ? { m: `must be ${text}`, a: alts } : { a: alts };
}

const mustBe = (rule: Rule) => (rule.m?.startsWith("must be ") ? rule.m.slice("must be ".length) : undefined);

/**
 * String alternatives that differ only in their pattern become one pattern:
 * `anyOf [^PN(.*)$, E.164]` -> `^PN(.*)$|^\+[1-9]\d{1,14}$`, "must be a phone number id … or an E.164 number …".
 */
function mergePatterns(alts: Rule[]): Rule | undefined {
  const rest = (rule: Rule) => canonical({ ...rule, p: undefined, m: undefined });
  const first = alts[0];
  if (alts.length < 2 || !first || !alts.every((rule) => rule.p !== undefined && rest(rule) === rest(first))) {
    return undefined;
  }
  // Back-references would count the groups of the patterns before them.
  if (alts.some((rule) => /\\[1-9k]/.test(rule.p as string))) return undefined;
  const texts = alts.map(mustBe);
  const merged: Rule = { ...first, p: alts.map((rule) => rule.p).join("|") };
  delete merged.m;
  if (texts.every((text) => text !== undefined)) merged.m = `must be ${texts.join(" or ")}`;
  return merged;
}

const TYPE_WORDS: Record<string, string> = {
  s: "a string",
  n: "a number",
  i: "an integer",
  b: "a boolean",
  a: "an array",
  o: "an object",
  z: "null",
};

/** "a phone number id starting with PN" -> "phone number ids starting with PN". */
function plural(text: string): string | undefined {
  const m = /^an? (.+?)( (?:starting with|like) .*)?$/.exec(text);
  return m ? `${m[1]}s${m[2] ?? ""}` : undefined;
}

/** What a value must be to pass `rule`, as words after "must be", when simple enough to say. */
function describe(rule: Rule): string | undefined {
  const keys = Object.keys(rule)
    .filter((key) => key !== "t" && key !== "m")
    .join("");
  if (keys === "e") return (rule.e ?? []).map((v) => JSON.stringify(v)).join(" or ");
  if (keys === "p") return mustBe(rule);
  if (keys === "f") return FORMAT_TEXT[rule.f as string];
  if (keys === "" && rule.t) return [...rule.t].map((letter) => TYPE_WORDS[letter]).join(" or ");
  if (keys === "i" && rule.t === "a" && rule.i) {
    const items = describe(rule.i);
    if (items === undefined) return undefined;
    if (Object.keys(rule.i).includes("e")) return `an array of ${items}`;
    const many = plural(items);
    return many ? `an array of ${many}` : undefined;
  }
  return undefined;
}

function describeAll(alts: Rule[]): string | undefined {
  const texts = alts.map(describe);
  return texts.every((text) => text !== undefined) ? texts.join(", or ") : undefined;
}

/** Compiles one schema (following `$ref`s; a `$ref` cycle compiles to "anything"). */
export function compileSchema(schema: SchemaObject, ctx: RuleContext, seen: string[] = []): Rule {
  if (schema.$ref && seen.includes(schema.$ref)) return {};
  const inner = schema.$ref ? [...seen, schema.$ref] : seen;
  const s = ctx.resolve(schema);
  const sub = (child: SchemaObject) => compileSchema(child, ctx, inner);
  let rule: Rule = {};
  const types = Array.isArray(s.type) ? s.type : typeof s.type === "string" ? [s.type] : [];
  const letters = types.map((t) => TYPE_LETTER[t]).filter((l): l is string => l !== undefined);
  if (letters.length === types.length && letters.length) rule.t = typeLetters(letters);
  if (s.nullable === true && rule.t) rule.t = typeLetters([...rule.t, "z"]);
  if (s.const !== undefined) rule.e = [s.const];
  else if (Array.isArray(s.enum)) rule.e = s.nullable === true ? [...s.enum, null] : [...s.enum];
  if (typeof s.pattern === "string") {
    rule.p = s.pattern;
    const text = patternText(s.pattern, ctx.idPrefixes);
    if (text) rule.m = text;
  }
  const format = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  if (format) rule.f = format.checker;
  // One bound for strings, numbers and arrays alike; different ones on one value are left out (looser).
  const bound = (...values: unknown[]) => {
    const set = [...new Set(values.filter((v): v is number => typeof v === "number"))];
    return set.length === 1 ? set[0] : undefined;
  };
  const n = bound(s.minLength, s.minimum, s.minItems);
  const x = bound(s.maxLength, s.maximum, s.maxItems);
  if (n !== undefined) rule.n = n;
  if (x !== undefined) rule.x = x;
  if (s.properties) {
    const props: Record<string, Rule> = {};
    for (const [key, child] of Object.entries(s.properties)) {
      const compiled = sub(child);
      if (!isEmpty(compiled)) props[key] = compiled;
    }
    if (Object.keys(props).length) rule.o = props;
  }
  if (Array.isArray(s.required) && s.required.length) rule.r = [...s.required];
  if (s.items && !Array.isArray(s.items)) {
    const items = sub(s.items);
    if (!isEmpty(items)) rule.i = items;
  }
  for (const part of s.allOf ?? []) rule = mergeAll(rule, sub(part));
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const alt = anyOf(alternatives.map(sub));
    if (!isEmpty(alt)) rule = mergeAll(rule, alt);
  }
  return rule;
}

/** The rule of one operation's flat params: each key's constraints and which keys are required. */
export function paramsRule(op: NormalizedOperation, ctx: RuleContext): Rule | undefined {
  const props: Record<string, Rule> = {};
  for (const param of op.params) {
    const rule = compileSchema(param.schema, ctx);
    if (!isEmpty(rule)) props[param.key] = rule;
  }
  const required = op.params.filter((p) => p.required).map((p) => p.key);
  const rule: Rule = {};
  if (Object.keys(props).length) rule.o = props;
  if (required.length) rule.r = required;
  return isEmpty(rule) ? undefined : rule;
}

/** The rule of one operation's success body (`{}` when it has none). */
export function responseRule(op: NormalizedOperation, ctx: RuleContext): Rule {
  const schema = op.responses.find((r) => r.status === op.successStatus)?.schema;
  return schema ? compileSchema(schema, ctx) : {};
}

/**
 * A rule as printed: each format name becomes a reference to core's checker (collected in `used`, to
 * import), so a bundle holds only the checkers of the formats its operations use.
 */
function printable(rule: Rule, used: Set<string>): unknown {
  const out: Record<string, unknown> = { ...rule };
  if (rule.f !== undefined) {
    used.add(rule.f);
    out.f = new Code(rule.f);
  }
  if (rule.o) out.o = Object.fromEntries(Object.entries(rule.o).map(([key, child]) => [key, printable(child, used)]));
  if (rule.i) out.i = printable(rule.i, used);
  if (rule.a) out.a = rule.a.map((alt) => printable(alt, used));
  return out;
}

/** The import of core's format checkers a generated file uses (none: no line). */
const formatImports = (used: Set<string>) =>
  used.size ? importLine([...used].sort(), "@openphone-sdk/core/formats") : "";

/** `src/generated/rules.ts`: the params rules of each operation, referenced by its request table. */
export function emitRules(pkg: PackagePlan, rules: Map<string, Rule | undefined>): string {
  const used = new Set<string>();
  const blocks = pkg.operations.flatMap((op) => {
    const rule = rules.get(op.operationId);
    if (!rule) return [];
    return [
      `/** The spec's constraints on the params of {@link ${op.name}}: core checks them before sending. */\n` +
        `export const ${op.name}Rules: Rule = ${literal(printable(rule, used))};\n`,
    ];
  });
  return [
    TS_HEADER,
    formatImports(used),
    `import type { Rule } from "@openphone-sdk/core";\n\n`,
    blocks.join("\n"),
  ].join("");
}

/** `src/generated/response-schemas.ts`: entry point `<package>/response-schemas`. */
export function emitResponseSchemas(pkg: PackagePlan, ctx: RuleContext): string {
  // Operations answering the same body (create/get/update of one resource) share one table.
  const groups = new Map<string, string[]>();
  const rules = new Map<string, unknown>();
  const used = new Set<string>();
  for (const op of pkg.operations) {
    const rule = responseRule(op, ctx);
    const key = JSON.stringify(rule) ?? "undefined";
    rules.set(key, printable(rule, used));
    groups.set(key, [...(groups.get(key) ?? []), op.operationId]);
  }
  const shared = new Map<string, string>();
  const consts: string[] = [];
  for (const [key, ids] of groups) {
    if (ids.length < 2) continue;
    const name = `${pkg.operations.find((op) => op.operationId === ids[0])?.name}Body`;
    shared.set(key, name);
    consts.push(`/** The success body of ${ids.join(", ")}. */\nconst ${name} = ${literal(rules.get(key))};\n\n`);
  }
  const entries = pkg.operations.map((op) => {
    const key = JSON.stringify(responseRule(op, ctx)) ?? "undefined";
    return `  ${op.operationId}: ${shared.get(key) ?? literal(rules.get(key), "  ")},\n`;
  });
  return [
    TS_HEADER,
    formatImports(used),
    `import { defineResponseSchemas } from "@openphone-sdk/core/validate-responses";\n\n`,
    `export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";\n\n`,
    consts.join(""),
    "/**\n",
    ` * The success-body schema of every ${pkg.tag} operation, for \`validateResponses\`:\n`,
    ` * \`createClient({ validateResponses: "warn", responseSchemas })\`.\n`,
    " */\n",
    `export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({\n`,
    entries.join(""),
    "});\n",
  ].join("");
}
