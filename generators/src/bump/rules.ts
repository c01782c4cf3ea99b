/**
 * The one rules table: every kind of spec change the diff reports, the semver bump it means for the
 * package that owns the operation, and the line it prints in the changeset. generators/README.md
 * shows this table (a test keeps the two equal: `pnpm spec:bump --rules` prints it).
 *
 * The yardstick: a package's contract is its TypeScript surface (function names, `XParams`,
 * `XResponse`, the webhook event types) and what core does with a call at run time (it refuses params
 * that break the limits it checks before sending, refuses unknown keys, warns on deprecated params). A
 * change that can stop a caller's working code from compiling or makes core refuse a call it used to send
 * is major; one that adds something, lets through what core refused, or deprecates (SemVer §7) is minor;
 * one visible only in docs or in what the server does for every SDK version alike is patch.
 */

export type Bump = "major" | "minor" | "patch";

export interface Change {
  kind: ChangeKind;
  /** The tag whose package owns the change. */
  tag: string;
  /**
   * Function name of the operation, when the change is about one; for a change to a derived type
   * (`subject: "type"`), the exported type's name (`CallCompletedEvent`).
   */
  operation?: string;
  /**
   * `type`: the change is to an exported type another package derives from REST schemas (the webhook
   * event types embed the objects REST operations return), not to an operation's own response.
   */
  subject?: "type";
  /** Input key path (`since`, `defaultFields.emails[].value`) or response path (`data[].createdAt`; "" = the body). */
  path?: string;
  from?: string;
  to?: string;
  /** Enum values (as JSON text), shapes, or other items the line lists. */
  values?: string[];
  /** HTTP status, for response changes. */
  status?: string;
  /** Sub-changes a rolled-up change stands for (error bodies, documentation). */
  details?: string[];
}

interface Rule {
  bump: Bump;
  /** What the change is, for the README table. */
  when: string;
  /** Why the bump goes this way, for the cases reasonable people could decide otherwise. */
  why?: string;
  /** The changeset line; `ops` is the operations it applies to, already formatted (`listCalls`, `a`, `b`). */
  line: (change: Change, ops: string) => string;
}

const code = (text: string | undefined) => `\`${text ?? ""}\``;
const list = (values: string[] | undefined) => (values ?? []).map(code).join(", ");
const input = (c: Change) => code(c.path);
/** What an output change is in: an operation's response, or exported types derived from REST schemas. */
const container = (c: Change, ops: string) =>
  c.subject === "type" ? `the ${ops} type${ops.includes(", ") ? "s" : ""}` : `the response of ${ops}`;
const output = (c: Change, ops: string) =>
  c.path
    ? `${code(c.path)} in ${container(c, ops)}`
    : c.subject === "type"
      ? container(c, ops)
      : `the response body of ${ops}`;
const deprecationLine = (subject: string, c: Change) =>
  c.to === "true" ? `Deprecated ${subject}` : `${subject} is no longer deprecated`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const RULES = {
  "package.added": {
    bump: "minor",
    when: "a tag appears (new package)",
    why: "The umbrella gains a namespace (minor). The new package itself is written one step below `initialVersion` (0.0.0 for 0.1.0) and listed in the changeset with the bump that reaches `initialVersion` (minor), so `changeset version` gives it its first version and CHANGELOG entry.",
    line: (c) => `New package for the \`${c.tag}\` tag, first released at ${c.to}: ${list(c.values)}`,
  },
  "package.removed": {
    bump: "major",
    when: "a tag disappears (every operation of a package is gone)",
    why: "Reported loudly: the package's code is left stale and a person decides (map the operations back with tagOverrides, or publish a final major with a deprecation notice).",
    line: (c) => `BREAKING: the spec no longer has the \`${c.tag}\` tag; removed ${list(c.values)}`,
  },
  "package.docs-changed": {
    bump: "patch",
    when: "the tag's description changes (package README)",
    line: () => "Updated the package description",
  },
  "package.regenerated": {
    bump: "patch",
    when: "generated files change without any change above (safety net)",
    why: "Something this table does not model changed the generated code (or the files were out of date); never silently unreleased.",
    line: (c) => `Regenerated files the spec diff does not explain: ${list(c.values)}`,
  },
  "operation.added": { bump: "minor", when: "operation added", line: (_, ops) => `Added ${ops}` },
  "operation.removed": { bump: "major", when: "operation removed", line: (_, ops) => `BREAKING: removed ${ops}` },
  "operation.renamed": {
    bump: "minor",
    when: "operation renamed, the old name kept as a deprecated alias (`operationAliases` in sdk.config.json)",
    why: "The old function, its `XParams`/`XResponse` types and `xOperation` table stay (`@deprecated`; the function warns once at call time through core's `deprecatedAlias`), so code written against the old name compiles and runs; the new name is an addition. Without an alias a rename is `operation.removed` plus `operation.added`: major.",
    line: (c, ops) => `Renamed ${ops} to ${code(c.to)}; the old name remains as a deprecated alias`,
  },
  "operation.moved-in": {
    bump: "minor",
    when: "operation moved here from another package (its tag changed)",
    line: (c, ops) => `Added ${ops} (moved from ${code(c.from)})`,
  },
  "operation.moved-out": {
    bump: "major",
    when: "operation moved to another package (its tag changed)",
    line: (c, ops) => `BREAKING: moved ${ops} to ${code(c.to)}`,
  },
  "operation.endpoint-changed": {
    bump: "patch",
    when: "method or path of an operation changes (same function name)",
    why: "Call sites do not change (the function keeps its name and params); core builds the URL from the generated table, so the new version sends the request where the server now expects it, which is a fix.",
    line: (c, ops) => `${ops} now calls ${code(c.to)} (was ${code(c.from)})`,
  },
  "operation.deprecation-changed": {
    bump: "minor",
    when: "operation deprecated or un-deprecated",
    why: "SemVer 2.0.0 §7: marking public API deprecated MUST be a minor. The function gains `@deprecated` (editors strike it through; `no-deprecated` lint rules fail builds), it is not removed. Un-deprecating is rare and shares the kind.",
    line: (c, ops) => deprecationLine(ops, c),
  },
  "operation.docs-changed": {
    bump: "patch",
    when: "descriptions, summaries, titles, examples only",
    line: (_, ops) => `Updated documentation of ${ops}`,
  },
  "input.added-optional": {
    bump: "minor",
    when: "optional parameter or request body property added",
    why: "Core refuses a params key the operation does not have before sending, so the old version threw for it; the new one sends it.",
    line: (c, ops) => `Added optional ${input(c)} to ${ops}`,
  },
  "input.added-required": {
    bump: "major",
    when: "required parameter or request body property added",
    line: (c, ops) => `BREAKING: added required ${input(c)} to ${ops}`,
  },
  "input.removed": {
    bump: "major",
    when: "parameter or request body property removed",
    why: "It no longer compiles, and at run time core refuses the unknown params key before sending (`is not a parameter of …`).",
    line: (c, ops) => `BREAKING: removed ${input(c)} from ${ops}`,
  },
  "input.made-required": {
    bump: "major",
    when: "parameter or request body property made required",
    line: (c, ops) => `BREAKING: ${input(c)} is now required in ${ops}`,
  },
  "input.made-optional": {
    bump: "minor",
    when: "parameter or request body property made optional",
    line: (c, ops) => `${capitalize(input(c))} is now optional in ${ops}`,
  },
  "input.type-changed": {
    bump: "major",
    when: "type of an input changes (including gaining or losing an enum list)",
    why: "Even a widening (integer to number) counts: the table does not compute subtyping, and a wrongly minor bump costs more than a cautious major.",
    line: (c, ops) => `BREAKING: ${input(c)} of ${ops} changed type from ${code(c.from)} to ${code(c.to)}`,
  },
  "input.enum-value-added": {
    bump: "minor",
    when: "enum value added to an input",
    line: (c, ops) => `${capitalize(input(c))} of ${ops} accepts ${list(c.values)}`,
  },
  "input.enum-value-removed": {
    bump: "major",
    when: "enum value removed from an input",
    line: (c, ops) => `BREAKING: ${input(c)} of ${ops} no longer accepts ${list(c.values)}`,
  },
  "input.variant-added": {
    bump: "minor",
    when: "anyOf/oneOf input gains a variant",
    line: (c, ops) => `${capitalize(input(c))} of ${ops} also accepts ${list(c.values)}`,
  },
  "input.variant-removed": {
    bump: "major",
    when: "anyOf/oneOf input loses a variant",
    line: (c, ops) => `BREAKING: ${input(c)} of ${ops} no longer accepts ${list(c.values)}`,
  },
  "input.nullable-added": {
    bump: "minor",
    when: 'input becomes nullable (anyOf [T, null], type [T, "null"])',
    why: "Callers may now pass `null` (core's check accepts it); nothing they pass today stops compiling or is refused. An optional input becoming nullable is the same case.",
    line: (c, ops) => `${capitalize(input(c))} of ${ops} now accepts \`null\``,
  },
  "input.nullable-removed": {
    bump: "major",
    when: "input no longer nullable",
    line: (c, ops) => `BREAKING: ${input(c)} of ${ops} no longer accepts \`null\``,
  },
  "input.location-changed": {
    bump: "patch",
    when: "input moves between path, query and body (same key)",
    why: "The flat params object hides the location, so call sites do not change; the runtime table sends it where the server now expects it.",
    line: (c, ops) => `${capitalize(input(c))} of ${ops} is now sent in the ${c.to} (was ${c.from})`,
  },
  "input.deprecation-changed": {
    bump: "minor",
    when: "input deprecated or un-deprecated",
    why: "SemVer §7, as for operations; and core now warns once per process when a call passes a deprecated param, so working code starts logging a warning.",
    line: (c, ops) => deprecationLine(`${input(c)} of ${ops}`, c),
  },
  "input.default-changed": {
    bump: "patch",
    when: "default of an input changes",
    why: "Core does not fill in defaults (it sends only what the caller passes) and the server applies them, so callers who omit the value see the new behaviour with any SDK version; the type is unchanged. The line names both values so the CHANGELOG shows it.",
    line: (c, ops) => `Default of ${input(c)} in ${ops} changed from ${code(c.from)} to ${code(c.to)}`,
  },
  "input.constraint-tightened": {
    bump: "major",
    when: "a limit core checks before sending (pattern, date-time/uri format, min/max length, value or item count) is added, narrowed or replaced",
    why: "Core validates params against the spec before sending: a call whose value the old limit accepted now throws `ValidationError` without reaching the API, where it used to be sent (and answered, or refused by the server as a `BadRequestError`). A replaced pattern cannot be compared with the old one, so it counts as narrowed. `validate: false` opts out, but the default breaks working code.",
    line: (c, ops) => `BREAKING: limits of ${input(c)} in ${ops} narrowed: ${(c.details ?? []).join(", ")}`,
  },
  "input.constraint-loosened": {
    bump: "minor",
    when: "a limit core checks before sending is removed or widened (and none narrowed)",
    why: "Values the old version refused with `ValidationError` before sending are now sent: something that did not work now does, and nothing that worked changes.",
    line: (c, ops) => `Limits of ${input(c)} in ${ops} widened: ${(c.details ?? []).join(", ")}`,
  },
  "input.constraint-changed": {
    bump: "patch",
    when: "only limits core does not check change (multipleOf, exclusive bounds, uniqueItems, other formats, property counts)",
    why: "Core does not check these (src/emit/rules.ts compiles only the limits above), so every SDK version sends the same requests and the server enforces the new limit for all of them; the types do not carry limits.",
    line: (c, ops) => `Limits of ${input(c)} in ${ops} changed: ${(c.details ?? []).join(", ")}`,
  },
  "output.field-added": {
    bump: "minor",
    when: "response property added",
    line: (c, ops) => `Added ${code(c.path)} to ${container(c, ops)}`,
  },
  "output.field-removed": {
    bump: "major",
    when: "response property removed",
    line: (c, ops) => `BREAKING: removed ${code(c.path)} from ${container(c, ops)}`,
  },
  "output.made-optional": {
    bump: "major",
    when: "response property no longer required",
    line: (c, ops) => `BREAKING: ${output(c, ops)} may now be absent`,
  },
  "output.made-required": {
    bump: "minor",
    when: "response property made required",
    line: (c, ops) => `${capitalize(output(c, ops))} is now always present`,
  },
  "output.type-changed": {
    bump: "major",
    when: "type of a response value changes (including gaining or losing an enum list, or the body itself)",
    line: (c, ops) => `BREAKING: ${output(c, ops)} changed type from ${code(c.from)} to ${code(c.to)}`,
  },
  "output.enum-value-added": {
    bump: "minor",
    when: "enum value added to a response value",
    why: "Only exhaustive `switch`es with a `never` check stop compiling; APIs add statuses routinely and the server may already send the value. The line names the values so such switches get a case.",
    line: (c, ops) => `${capitalize(output(c, ops))} can now be ${list(c.values)}`,
  },
  "output.enum-value-removed": {
    bump: "major",
    when: "enum value removed from a response value",
    why: "TypeScript rejects comparing with a literal that is no longer in the union (TS2367), and a vanished value usually means a rename.",
    line: (c, ops) => `BREAKING: ${output(c, ops)} can no longer be ${list(c.values)}`,
  },
  "output.variant-added": {
    bump: "major",
    when: "anyOf/oneOf response value gains a variant",
    why: "Code that reads a property of the old shape stops compiling until it narrows the union.",
    line: (c, ops) => `BREAKING: ${output(c, ops)} can now also be ${list(c.values)}`,
  },
  "output.variant-removed": {
    bump: "major",
    when: "anyOf/oneOf response value loses a variant",
    why: "The variant's properties disappear from the type: the same as removed response properties.",
    line: (c, ops) => `BREAKING: ${output(c, ops)} is no longer ${list(c.values)}`,
  },
  "output.nullable-added": {
    bump: "major",
    when: "response value becomes nullable",
    why: "Under `strict`, every `x.field.length` stops compiling; at run time code that trusted the old type crashes on null.",
    line: (c, ops) => `BREAKING: ${output(c, ops)} can now be \`null\``,
  },
  "output.nullable-removed": {
    bump: "minor",
    when: "response value no longer nullable",
    line: (c, ops) => `${capitalize(output(c, ops))} is no longer \`null\``,
  },
  "output.deprecation-changed": {
    bump: "minor",
    when: "response property deprecated or un-deprecated",
    why: "SemVer §7, as for operations: the property's type gains `@deprecated`.",
    line: (c, ops) => deprecationLine(`${output(c, ops)}`, c),
  },
  "output.constraint-changed": {
    bump: "patch",
    when: "format, pattern, length or range of a response value changes",
    why: "The types do not carry limits, and core checks success bodies only when the caller opts in (`validateResponses`, off by default): the limit describes what the server sends, to every SDK version.",
    line: (c, ops) => `Limits of ${output(c, ops)} changed: ${(c.details ?? []).join(", ")}`,
  },
  "output.success-status-changed": {
    bump: "patch",
    when: "success status changes (200 to 201) with the same body",
    line: (c, ops) => `${ops} now answers ${c.to} (was ${c.from})`,
  },
  "error.status-added": {
    bump: "minor",
    when: "new error response status (a 409 appears)",
    why: "Core throws the status's error class (`ConflictError` for 409) whatever the spec says, so no caller's code stops compiling and the same response throws the same class with any version; it is a newly documented failure mode worth a minor and a line.",
    line: (c, ops) => `${ops} may now fail with ${c.status} (\`${c.to}\`)`,
  },
  "error.status-removed": {
    bump: "patch",
    when: "error response status removed",
    why: "A `catch` for it still compiles and is merely dead code; only the `@throws` docs change.",
    line: (c, ops) => `${ops} no longer documents ${c.status} responses`,
  },
  "error.body-changed": {
    bump: "patch",
    when: "shape of an error response body changes",
    why: "Callers get error bodies through core's hand-written `APIError` (`body`, `errors`), not through the spec's types; the spec's shape shows only in the raw `operations` type the packages re-export as an escape hatch.",
    line: (c, ops) =>
      `${c.status?.includes(",") ? "Error bodies" : "Error body"} (${c.status}) of ${ops} changed: ${(c.details ?? []).join("; ")}`,
  },
} as const satisfies Record<string, Rule>;

export type ChangeKind = keyof typeof RULES;

export const BUMP_ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

export function bumpOf(change: Change): Bump {
  return RULES[change.kind].bump;
}

/** The highest of the bumps; undefined for none. */
export function highestBump(bumps: Iterable<Bump>): Bump | undefined {
  let best: Bump | undefined;
  for (const bump of bumps) if (best === undefined || BUMP_ORDER[bump] > BUMP_ORDER[best]) best = bump;
  return best;
}

/** The version changesets will give `version` for `bump` (it has no 0.x special case). */
export function nextVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) return version;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * A new package's first release as changesets can make it: the version one step below `initialVersion`
 * (written to its package.json) and the bump that reaches `initialVersion` from there. 0.1.0 is 0.0.0 +
 * minor, 1.0.0 is 0.0.0 + major, 0.0.1 is 0.0.0 + patch.
 */
export function firstRelease(initialVersion: string): { base: string; bump: Bump } {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(initialVersion);
  if (!match)
    throw new Error(`sdk.config.json "initialVersion" must be a plain x.y.z version, got "${initialVersion}"`);
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (patch > 0) return { base: `${major}.${minor}.${patch - 1}`, bump: "patch" };
  if (minor > 0) return { base: `${major}.${minor - 1}.0`, bump: "minor" };
  if (major > 0) return { base: `${major - 1}.0.0`, bump: "major" };
  throw new Error('sdk.config.json "initialVersion" cannot be 0.0.0: changesets cannot release a package at it');
}

/** The rules as the Markdown table generators/README.md shows. */
export function rulesMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = Object.entries(RULES).map(
    ([kind, rule]: [string, Rule]) =>
      `| \`${kind}\` | ${cell(rule.when)} | **${rule.bump}** | ${rule.why ? cell(rule.why) : ""} |`,
  );
  return ["| kind | change | bump | why (the debatable cases) |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
