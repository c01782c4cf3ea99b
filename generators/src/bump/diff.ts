/**
 * Diff of two normalized specs, per operation (matched by function name, what callers see) and per
 * schema reachable from it: params and request body properties (the flat params), the success body,
 * and each error body. Schemas are walked recursively with paths like `data[].createdAt`.
 */
import { errorClassFor } from "../emit/operations.js";
import type { NormalizedOperation, NormalizedResponse, NormalizedSpec } from "../normalize.js";
import type { SchemaObject } from "../openapi.js";
import { compare } from "../util.js";
import type { Change, ChangeKind } from "./rules.js";
import { describeView, type SchemaView, sameJson, viewSchema } from "./schema-view.js";

type Direction = "input" | "output";

/** A change found inside one schema, before it is attached to an operation. */
type SchemaChange = Omit<Change, "tag" | "operation"> & { kind: ChangeKind };

interface Walk {
  oldDoc: unknown;
  newDoc: unknown;
  direction: Direction;
  changes: SchemaChange[];
  /** Paths whose documentation (description, title, examples) changed. */
  docs: string[];
  /** `$ref` pairs being walked, so recursive schemas end. */
  active: Set<string>;
}

const child = (path: string, name: string) => (path ? `${path}.${name}` : name);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const kindOf = (direction: Direction, what: string) => `${direction}.${what}` as ChangeKind;

/** Compares two schemas at `path`, recording every change into `walk`. */
function compareSchemas(
  walk: Walk,
  oldSchema: SchemaObject | undefined,
  newSchema: SchemaObject | undefined,
  path: string,
  options: { root?: boolean; skipNullability?: boolean } = {},
): void {
  const a = viewSchema(walk.oldDoc, oldSchema);
  const b = viewSchema(walk.newDoc, newSchema);
  compareViews(walk, a, b, oldSchema, newSchema, path, options);
}

function compareViews(
  walk: Walk,
  a: SchemaView,
  b: SchemaView,
  oldSchema: SchemaObject | undefined,
  newSchema: SchemaObject | undefined,
  path: string,
  options: { root?: boolean; skipNullability?: boolean },
): void {
  // A recursive schema meets the same pair of $refs again further down: that subtree is already walked.
  const cycleKey = a.refs.length || b.refs.length ? `${a.refs.at(-1) ?? ""}|${b.refs.at(-1) ?? ""}` : undefined;
  if (cycleKey === undefined) {
    compareNode(walk, a, b, oldSchema, newSchema, path, options);
    return;
  }
  if (walk.active.has(cycleKey)) return;
  walk.active.add(cycleKey);
  try {
    compareNode(walk, a, b, oldSchema, newSchema, path, options);
  } finally {
    walk.active.delete(cycleKey);
  }
}

function compareNode(
  walk: Walk,
  a: SchemaView,
  b: SchemaView,
  oldSchema: SchemaObject | undefined,
  newSchema: SchemaObject | undefined,
  path: string,
  options: { root?: boolean; skipNullability?: boolean },
): void {
  const { direction } = walk;
  const add = (what: string, extra: Partial<SchemaChange> = {}) =>
    walk.changes.push({ kind: kindOf(direction, what), path, ...extra });

  // The root of a parameter carries its docs and deprecation on the parameter (compared by the caller).
  if (!options.root) {
    if (!sameJson(a.docs, b.docs)) walk.docs.push(path);
    if (a.deprecated !== b.deprecated) add("deprecation-changed", { to: String(b.deprecated) });
  }
  if (a.defaultValue !== b.defaultValue) {
    if (direction === "input") add("default-changed", { from: a.defaultValue ?? "none", to: b.defaultValue ?? "none" });
    else walk.docs.push(path);
  }
  if (a.variants || b.variants) {
    // Limits belong to the variants: compareUnions compares them pair by pair.
    compareUnions(walk, a, b, oldSchema, newSchema, path);
  } else {
    const typeChanged = !sameList(a.types, b.types) || (a.enumValues === undefined) !== (b.enumValues === undefined);
    if (typeChanged) {
      // Limits and properties of a different type are not comparable: the type change says it all.
      add("type-changed", { from: describeView(walk.oldDoc, a), to: describeView(walk.newDoc, b) });
      return;
    }
    const limits = constraintChanges(a.constraints, b.constraints);
    if (limits.length) {
      // Core refuses params that break the limits it checks, before sending: which way they moved decides.
      const what =
        direction === "input" ? `constraint-${inputLimitsMove(a.constraints, b.constraints)}` : "constraint-changed";
      add(what, { details: limits });
    }
    if (a.enumValues && b.enumValues) {
      const added = b.enumValues.filter((v) => !a.enumValues?.includes(v));
      const removed = a.enumValues.filter((v) => !b.enumValues?.includes(v));
      if (added.length) add("enum-value-added", { values: added });
      if (removed.length) add("enum-value-removed", { values: removed });
    }
    if (b.types.includes("object")) compareProperties(walk, a, b, path);
    if (a.items || b.items) compareSchemas(walk, a.items, b.items, `${path}[]`);
    if (a.mapValues || b.mapValues) compareSchemas(walk, a.mapValues, b.mapValues, `${path}{}`);
  }
  if (!options.skipNullability && a.nullable !== b.nullable) add(b.nullable ? "nullable-added" : "nullable-removed");
}

function compareProperties(walk: Walk, a: SchemaView, b: SchemaView, path: string): void {
  const { direction } = walk;
  const names = [...new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])].sort(compare);
  for (const name of names) {
    const at = child(path, name);
    const before = a.properties[name];
    const after = b.properties[name];
    if (!before) {
      const what = direction === "input" ? (b.required.has(name) ? "added-required" : "added-optional") : "field-added";
      walk.changes.push({ kind: kindOf(direction, what), path: at });
      continue;
    }
    if (!after) {
      walk.changes.push({ kind: kindOf(direction, direction === "input" ? "removed" : "field-removed"), path: at });
      continue;
    }
    if (a.required.has(name) !== b.required.has(name)) {
      walk.changes.push({
        kind: kindOf(direction, b.required.has(name) ? "made-required" : "made-optional"),
        path: at,
      });
    }
    compareSchemas(walk, before, after, at);
  }
}

/** anyOf/oneOf on either side: pairs each old variant with its most similar new one. */
function compareUnions(
  walk: Walk,
  a: SchemaView,
  b: SchemaView,
  oldSchema: SchemaObject | undefined,
  newSchema: SchemaObject | undefined,
  path: string,
): void {
  const olds = a.variants ?? [oldSchema ?? {}];
  const news = b.variants ?? [newSchema ?? {}];
  const oldViews = olds.map((s) => viewSchema(walk.oldDoc, s));
  const newViews = news.map((s) => viewSchema(walk.newDoc, s));
  const pairs: { i: number; j: number; score: number }[] = [];
  oldViews.forEach((x, i) => {
    newViews.forEach((y, j) => {
      const score = similarity(x, y);
      if (score > 0) pairs.push({ i, j, score });
    });
  });
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  for (const { i, j } of pairs) {
    if (matchedOld.has(i) || matchedNew.has(j)) continue;
    matchedOld.add(i);
    matchedNew.add(j);
    // Nullability belongs to the union as a whole (compared by the caller), not to one variant.
    compareViews(walk, oldViews[i] as SchemaView, newViews[j] as SchemaView, olds[i], news[j], path, {
      skipNullability: true,
    });
  }
  const removed = oldViews.filter((_, i) => !matchedOld.has(i)).map((v) => describeView(walk.oldDoc, v));
  const added = newViews.filter((_, j) => !matchedNew.has(j)).map((v) => describeView(walk.newDoc, v));
  if (removed.length) walk.changes.push({ kind: kindOf(walk.direction, "variant-removed"), path, values: removed });
  if (added.length) walk.changes.push({ kind: kindOf(walk.direction, "variant-added"), path, values: added });
}

/** 0 when two variants cannot be the same thing; higher the more properties they share. */
function similarity(a: SchemaView, b: SchemaView): number {
  if (!sameList(a.types, b.types)) return 0;
  const names = (v: SchemaView) => new Set(Object.keys(v.properties));
  const x = names(a);
  const y = names(b);
  const shared = [...x].filter((n) => y.has(n)).length;
  const all = new Set([...x, ...y]).size;
  if (all > 0 && shared === 0) return 0;
  // Variants of one type told apart only by a pattern or format (`PN…` id vs E.164 number) pair by those.
  const sameLimits = sameJson(a.constraints, b.constraints) && sameJson(a.enumValues, b.enumValues) ? 0.5 : 0;
  return 1 + (all ? shared / all : 1) + sameLimits;
}

/** A constraint value for a line: strings (patterns, formats) as code, the rest as JSON. */
function shown(json: string | undefined): string {
  const value: unknown = json === undefined ? undefined : JSON.parse(json);
  return typeof value === "string" ? `\`${value}\`` : String(json);
}

function constraintChanges(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compare)) {
    if (a[key] === b[key]) continue;
    if (a[key] === undefined) out.push(`${key} ${shown(b[key])} added`);
    else if (b[key] === undefined) out.push(`${key} ${shown(a[key])} removed`);
    else out.push(`${key} ${shown(a[key])} -> ${shown(b[key])}`);
  }
  return out;
}

/** Formats core checks before sending (as patterns, packages/core/src/validate.ts); others only the server. */
const CHECKED_FORMATS = new Set(['"date-time"', '"uri"']);
const LOWER_BOUNDS = ["minLength", "minimum", "minItems"];
const UPPER_BOUNDS = ["maxLength", "maximum", "maxItems"];

/**
 * How an input's limits moved, counting only what core's `validateParams` checks (pattern, the date-time
 * and uri formats, min/max length, value and item count): `tightened` when some value core let through
 * is now refused before sending (a bound added or narrowed, a pattern or checked format added or
 * replaced: a replaced pattern cannot be compared, so it counts as tightened), `loosened` when only
 * values core used to refuse are now sent, `changed` when only limits core does not check moved (the
 * server enforces those for every SDK version).
 */
export function inputLimitsMove(
  a: Record<string, string>,
  b: Record<string, string>,
): "tightened" | "loosened" | "changed" {
  let tighter = false;
  let looser = false;
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(JSON.parse(v)));
  for (const key of LOWER_BOUNDS) {
    const [x, y] = [num(a[key]), num(b[key])];
    if (x === y) continue;
    if (y !== undefined && (x === undefined || y > x)) tighter = true;
    else looser = true;
  }
  for (const key of UPPER_BOUNDS) {
    const [x, y] = [num(a[key]), num(b[key])];
    if (x === y) continue;
    if (y !== undefined && (x === undefined || y < x)) tighter = true;
    else looser = true;
  }
  // A pattern wins over a format in core's rule, as in the generated tables (src/emit/rules.ts).
  const checkedPattern = (c: Record<string, string>) =>
    c.pattern ?? (c.format !== undefined && CHECKED_FORMATS.has(c.format) ? `format ${c.format}` : undefined);
  const [p, q] = [checkedPattern(a), checkedPattern(b)];
  if (p !== q) {
    if (q === undefined) looser = true;
    else tighter = true;
  }
  return tighter ? "tightened" : looser ? "loosened" : "changed";
}

/** A sub-change of an error body, in a few words: `removed \`errors[].key\``. */
function errorDetail(c: SchemaChange): string {
  const at = c.path ? `\`${c.path}\`` : "the body";
  const what = c.kind.slice(c.kind.indexOf(".") + 1);
  const values = (c.values ?? []).map((v) => `\`${v}\``).join(", ");
  switch (what) {
    case "field-added":
      return `added ${at}`;
    case "field-removed":
      return `removed ${at}`;
    case "type-changed":
      return `${at} changed type from \`${c.from}\` to \`${c.to}\``;
    case "enum-value-added":
      return `${at} can be ${values}`;
    case "enum-value-removed":
      return `${at} can no longer be ${values}`;
    case "variant-added":
      return `${at} can also be ${values}`;
    case "variant-removed":
      return `${at} is no longer ${values}`;
    case "nullable-added":
      return `${at} can be \`null\``;
    case "nullable-removed":
      return `${at} is no longer \`null\``;
    case "made-optional":
      return `${at} may be absent`;
    case "made-required":
      return `${at} is always present`;
    case "deprecation-changed":
      return c.to === "true" ? `deprecated ${at}` : `${at} no longer deprecated`;
    default:
      return `${at}: ${(c.details ?? []).join(", ")}`;
  }
}

function newWalk(oldSpec: NormalizedSpec, newSpec: NormalizedSpec, direction: Direction): Walk {
  return { oldDoc: oldSpec.doc, newDoc: newSpec.doc, direction, changes: [], docs: [], active: new Set() };
}

function isError(response: NormalizedResponse, successStatus: string): boolean {
  return response.status !== successStatus && !/^2\d\d$/.test(response.status);
}

/** Every change between two versions of one operation (same function name, same package). */
export function diffOperation(
  oldSpec: NormalizedSpec,
  newSpec: NormalizedSpec,
  before: NormalizedOperation,
  after: NormalizedOperation,
): Change[] {
  const changes: SchemaChange[] = [];
  const docs: string[] = [];
  if (before.method !== after.method || before.path !== after.path) {
    changes.push({
      kind: "operation.endpoint-changed",
      from: `${before.method} ${before.path}`,
      to: `${after.method} ${after.path}`,
    });
  }
  if (before.deprecated !== after.deprecated) {
    changes.push({ kind: "operation.deprecation-changed", to: String(after.deprecated) });
  }
  if (before.summary !== after.summary) docs.push("summary");
  if (before.description !== after.description) docs.push("description");

  // Inputs: the flat params (path, query, header and body values), by key.
  const inputs = newWalk(oldSpec, newSpec, "input");
  const keys = [...new Set([...before.params, ...after.params].map((p) => p.key))].sort(compare);
  for (const key of keys) {
    const p = before.params.find((x) => x.key === key);
    const q = after.params.find((x) => x.key === key);
    if (!p && q) changes.push({ kind: q.required ? "input.added-required" : "input.added-optional", path: key });
    if (p && !q) changes.push({ kind: "input.removed", path: key });
    if (!p || !q) continue;
    if (p.location !== q.location) {
      changes.push({ kind: "input.location-changed", path: key, from: p.location, to: q.location });
    }
    if (p.required !== q.required) {
      changes.push({ kind: q.required ? "input.made-required" : "input.made-optional", path: key });
    }
    if (p.deprecated !== q.deprecated) {
      changes.push({ kind: "input.deprecation-changed", path: key, to: String(q.deprecated) });
    }
    // The description a caller reads: the parameter's, else its schema's (inside anyOf [T, null] too).
    const describedAs = (param: typeof p, doc: unknown) =>
      param.description ?? viewSchema(doc, param.schema).docs.description;
    if (describedAs(p, oldSpec.doc) !== describedAs(q, newSpec.doc)) docs.push(key);
    compareSchemas(inputs, p.schema, q.schema, key, { root: true });
  }
  changes.push(...inputs.changes);
  docs.push(...inputs.docs);

  // The success body: what the function resolves to.
  const outputs = newWalk(oldSpec, newSpec, "output");
  const success = (op: NormalizedOperation) => op.responses.find((r) => r.status === op.successStatus);
  const oldSuccess = success(before);
  const newSuccess = success(after);
  if (before.successStatus !== after.successStatus) {
    changes.push({ kind: "output.success-status-changed", from: before.successStatus, to: after.successStatus });
  }
  if (oldSuccess?.description !== newSuccess?.description) docs.push(`${after.successStatus} response`);
  if (oldSuccess?.schema && newSuccess?.schema) {
    compareSchemas(outputs, oldSuccess.schema, newSuccess.schema, "");
  } else if (oldSuccess?.schema || newSuccess?.schema) {
    const describe = (doc: unknown, s: SchemaObject | undefined) =>
      s ? describeView(doc, viewSchema(doc, s)) : "no body";
    changes.push({
      kind: "output.type-changed",
      path: "",
      from: describe(oldSpec.doc, oldSuccess?.schema),
      to: describe(newSpec.doc, newSuccess?.schema),
    });
  }
  changes.push(...outputs.changes);
  docs.push(...outputs.docs.map((p) => (p ? `response ${p}` : "response")));

  // Error responses, by status: thrown as core's error classes.
  const errorsOf = (op: NormalizedOperation) => op.responses.filter((r) => isError(r, op.successStatus));
  const oldErrors = errorsOf(before);
  const newErrors = errorsOf(after);
  const statuses = [...new Set([...oldErrors, ...newErrors].map((r) => r.status))].sort(compare);
  // Error bodies often share one shape: the same change in several statuses is one line.
  const bodyChanges = new Map<string, { statuses: string[]; details: string[] }>();
  for (const status of statuses) {
    const x = oldErrors.find((r) => r.status === status);
    const y = newErrors.find((r) => r.status === status);
    if (!x) changes.push({ kind: "error.status-added", status, to: errorClassFor(status) });
    if (!y) changes.push({ kind: "error.status-removed", status });
    if (!x || !y) continue;
    const walk = newWalk(oldSpec, newSpec, "output");
    compareSchemas(walk, x.schema, y.schema, "");
    if (x.description !== y.description || walk.docs.length) docs.push(`${status} response`);
    if (walk.changes.length) {
      const details = walk.changes.map(errorDetail);
      const key = details.join("\n");
      const group = bodyChanges.get(key) ?? { statuses: [], details };
      group.statuses.push(status);
      bodyChanges.set(key, group);
    }
  }
  for (const { statuses: codes, details } of bodyChanges.values()) {
    changes.push({ kind: "error.body-changed", status: codes.join(", "), details });
  }

  if (docs.length) changes.push({ kind: "operation.docs-changed", details: [...new Set(docs)] });
  return changes.map((c) => ({ ...c, tag: after.tag, operation: after.name }));
}

export interface OperationMove {
  name: string;
  fromTag: string;
  toTag: string;
}

/**
 * Every change between two specs. Operations are matched by function name; `samePackage` says whether
 * two tags land in the same package (the plan decides), so a tag respelled without moving is no move.
 */
export function diffSpecs(
  oldSpec: NormalizedSpec,
  newSpec: NormalizedSpec,
  samePackage: (oldTag: string, newTag: string) => boolean = (x, y) => x === y,
): Change[] {
  const oldOps = new Map(oldSpec.operations.map((o) => [o.name, o]));
  const newOps = new Map(newSpec.operations.map((o) => [o.name, o]));
  const names = [...new Set([...oldOps.keys(), ...newOps.keys()])].sort(compare);
  // Renames the new spec's aliases cover: an old operation whose name is now an alias of another.
  const renamed = new Map<string, NormalizedOperation>();
  for (const alias of newSpec.aliases ?? []) {
    const target = newOps.get(alias.target);
    if (oldOps.has(alias.name) && !newOps.has(alias.name) && target) renamed.set(alias.name, target);
  }
  const renameTargets = new Set([...renamed.values()].filter((t) => !oldOps.has(t.name)).map((t) => t.name));
  const changes: Change[] = [];
  for (const name of names) {
    const before = oldOps.get(name);
    const after = newOps.get(name);
    const target = renamed.get(name);
    if (before && !after && target) {
      // Compared with the operation it now calls: what old callers get through the alias.
      if (!samePackage(before.tag, target.tag)) {
        changes.push({ kind: "operation.moved-out", tag: before.tag, operation: name, to: target.tag });
      }
      changes.push({ kind: "operation.renamed", tag: target.tag, operation: name, to: target.name });
      changes.push(...diffOperation(oldSpec, newSpec, before, target));
      continue;
    }
    if (!before && after && renameTargets.has(name)) continue;
    if (!before && after) changes.push({ kind: "operation.added", tag: after.tag, operation: name });
    else if (before && !after) changes.push({ kind: "operation.removed", tag: before.tag, operation: name });
    else if (before && after && !samePackage(before.tag, after.tag)) {
      changes.push({ kind: "operation.moved-out", tag: before.tag, operation: name, to: after.tag });
      changes.push({ kind: "operation.moved-in", tag: after.tag, operation: name, from: before.tag });
    } else if (before && after) changes.push(...diffOperation(oldSpec, newSpec, before, after));
  }
  return changes;
}

/** One exported type a package derives from schemas of the REST document, in both versions. */
export interface DerivedType {
  /** The exported type's name (`CallCompletedEvent`). */
  name: string;
  oldSchema: SchemaObject | undefined;
  newSchema: SchemaObject | undefined;
}

/**
 * Every change to types a package generates from REST schemas it references (the webhook event types
 * embed the objects REST operations return). They reach callers as values they receive, so they are
 * classified as outputs: a field that changes type is as breaking in `CallCompletedEvent` as in the
 * response of `listCalls`. `oldDoc`/`newDoc` resolve the types' own `$ref`s.
 */
export function diffDerivedTypes(oldDoc: unknown, newDoc: unknown, types: DerivedType[], tag: string): Change[] {
  const out: Change[] = [];
  for (const type of [...types].sort((a, b) => compare(a.name, b.name))) {
    const walk: Walk = { oldDoc, newDoc, direction: "output", changes: [], docs: [], active: new Set() };
    if (type.oldSchema && type.newSchema) compareSchemas(walk, type.oldSchema, type.newSchema, "");
    else {
      const describe = (doc: unknown, s: SchemaObject | undefined) =>
        s ? describeView(doc, viewSchema(doc, s)) : "no type";
      walk.changes.push({
        kind: "output.type-changed",
        path: "",
        from: describe(oldDoc, type.oldSchema),
        to: describe(newDoc, type.newSchema),
      });
    }
    if (walk.docs.length) walk.changes.push({ kind: "operation.docs-changed", details: [...new Set(walk.docs)] });
    out.push(...walk.changes.map((c) => ({ ...c, tag, operation: type.name, subject: "type" as const })));
  }
  return out;
}
