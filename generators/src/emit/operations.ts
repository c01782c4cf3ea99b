/** Emits `src/generated/operations.ts`: one spec table and one thin function per operation. */

// Core's source, not its build: `pnpm generate` runs before anything is built.
import { errorClassFor as coreErrorClassFor } from "../../../packages/core/src/errors.js";
import type { NormalizedOperation, NormalizedParam, ParamLocation } from "../normalize.js";
import type { PackagePlan } from "../plan.js";
import { pascalCase } from "../util.js";
import { Code, docText, importLine, importTypeLine, jsdoc, literal, propertyKey, TS_HEADER } from "./code.js";
import { paramsDeclaration, paramsDoc, resourceExports, responseDeclaration } from "./resource-types.js";
import type { Rule } from "./rules.js";

const PART_TYPE: Record<ParamLocation, string> = {
  path: "PathParams",
  query: "QueryParams",
  header: "HeaderParams",
  body: "JsonBody",
};

/**
 * The error class a documented status surfaces as, from core's one status -> class table (the same table
 * `APIError.from` uses at run time and the contract tests check against).
 */
export function errorClassFor(status: string): string {
  return coreErrorClassFor(Number(status)).kind;
}

/** The TypeScript type of one operation's flat params, built from openapi-typescript's types. */
function paramsType(op: NormalizedOperation): { text: string; usedHelpers: Set<string> } {
  const usedHelpers = new Set<string>();
  const parts: string[] = [];
  const opType = `operations[${JSON.stringify(op.operationId)}]`;
  for (const location of ["path", "query", "header", "body"] as const) {
    const params = op.params.filter((p) => p.location === location);
    if (params.length === 0) continue;
    const helper = PART_TYPE[location];
    usedHelpers.add(helper);
    const part = `${helper}<${opType}>`;
    const renamed = params.filter((p) => p.key !== p.wireName);
    if (renamed.length === 0) {
      parts.push(part);
      continue;
    }
    const omitted = renamed.map((p) => JSON.stringify(p.wireName)).join(" | ");
    const added = renamed
      .map((p) => `${propertyKey(p.key)}${p.required ? "" : "?"}: ${part}[${JSON.stringify(p.wireName)}]`)
      .join("; ");
    parts.push(`Omit<${part}, ${omitted}> & { ${added} }`);
  }
  return { text: parts.length ? parts.join(" & ") : "Record<string, never>", usedHelpers };
}

function specTable(op: NormalizedOperation, hasRules: boolean): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of op.params) params[p.key] = p.key === p.wireName ? p.location : [p.location, p.wireName];
  const deprecated = op.params.filter((p) => p.deprecated).map((p) => p.key);
  return {
    id: op.operationId,
    method: op.method,
    path: op.path,
    params,
    hasBody: op.hasBody || undefined,
    returnsBody: op.responses.find((r) => r.status === op.successStatus)?.schema ? true : undefined,
    deprecated: deprecated.length ? deprecated : undefined,
    rules: hasRules ? new Code(`${op.name}Rules`) : undefined,
  };
}

function hasRequired(params: NormalizedParam[]): boolean {
  return params.some((p) => p.required);
}

/** The JSDoc of one operation function (also on the umbrella's bound method). */
export function operationDoc(op: NormalizedOperation, example: string): string {
  const lines: string[] = [];
  if (op.summary) lines.push(docText(op.summary));
  if (op.description && op.description !== op.summary) lines.push("", docText(op.description));
  lines.push(
    "",
    `\`${op.method} ${op.path}\` (operationId \`${op.operationId}\`); resolves to the ${op.successStatus} response body.`,
  );
  const deprecated = op.params.filter((p) => p.deprecated);
  if (deprecated.length) lines.push(`Deprecated params: ${deprecated.map((p) => `\`${p.key}\``).join(", ")}.`);
  lines.push("");
  for (const r of op.responses) {
    if (!/^[45]\d\d$/.test(r.status)) continue;
    const code = r.errorCode ? ` (code ${r.errorCode})` : "";
    lines.push(`@throws {${errorClassFor(r.status)}} ${r.status} ${docText(r.description ?? "")}${code}`);
  }
  lines.push("@example", ...example.split("\n"));
  if (op.deprecated) lines.push("@deprecated The API marks this operation deprecated.");
  return jsdoc(lines);
}

export function exampleCall(op: NormalizedOperation, params: Record<string, unknown>): string {
  const args = Object.keys(params).length ? `client, ${literal(params)}` : "client";
  const result = op.successStatus === "204" ? "" : "const result = ";
  return `${result}await ${op.name}(${args});`;
}

export function emitOperations(
  pkg: PackagePlan,
  examples: Map<string, Record<string, unknown>>,
  rules: Map<string, Rule | undefined> = new Map(),
): string {
  const helpers = new Set<string>(["SuccessBody"]);
  const blocks: string[] = [];
  for (const op of pkg.operations) {
    const Name = pascalCase(op.name);
    const params = paramsType(op);
    for (const h of params.usedHelpers) helpers.add(h);
    const optional = !hasRequired(op.params);
    const example = exampleCall(op, examples.get(op.operationId) ?? {});
    blocks.push(
      [
        paramsDoc(op.name),
        paramsDeclaration(`${Name}Params`, params.text),
        `/** What {@link ${op.name}} resolves to: the ${op.successStatus} response body${op.successStatus === "204" ? " (none)" : ""}. */\n`,
        responseDeclaration(`${Name}Response`, op, pkg.typesDoc),
        "\n",
        `/** Request table of {@link ${op.name}}, read by the core runtime. */\n`,
        `export const ${op.name}Operation: OperationSpec = ${literal(specTable(op, rules.get(op.operationId) !== undefined))};\n\n`,
        operationDoc(op, example),
        `export function ${op.name}(\n`,
        "  client: OpenPhoneClient,\n",
        `  params${optional ? "?" : ""}: ${Name}Params,\n`,
        "  options?: RequestOptions,\n",
        `): Promise<${Name}Response> {\n`,
        `  return request(client, ${op.name}Operation, params, options);\n`,
        "}\n",
      ].join(""),
    );
  }
  for (const alias of pkg.aliases) blocks.push(aliasBlock(alias.name, alias.target, pkg.packageName));
  const typeImports = [...helpers, "OpenPhoneClient", "OperationSpec", "RequestOptions"].sort();
  const ruleNames = pkg.operations.filter((op) => rules.get(op.operationId)).map((op) => `${op.name}Rules`);
  return [
    TS_HEADER,
    importTypeLine(typeImports, "@openphone-sdk/core"),
    // The internal entry: generated code calls it, and the package does not re-export it.
    importLine([...(pkg.aliases.length ? ["deprecatedAlias"] : []), "request"], "@openphone-sdk/core/internal"),
    `import type { operations } from "./openapi.js";\n`,
    ruleNames.length ? importLine(ruleNames, "./rules.js") : "",
    "\n",
    blocks.join("\n"),
  ].join("");
}

/**
 * The old name of a renamed operation (sdk.config.json `operationAliases`): the function (core's
 * `deprecatedAlias`, which warns once at call time), its params and response types and its request table,
 * each `@deprecated`, so code written against the old name compiles and runs unchanged.
 */
function aliasBlock(name: string, target: string, packageName: string): string {
  const [Old, New] = [pascalCase(name), pascalCase(target)];
  const deprecated = `@deprecated Renamed to {@link ${target}}; the old name goes in the next major version.`;
  return [
    jsdoc([`Params of {@link ${name}}, the old name of {@link ${target}}.`, "", deprecated]),
    `export type ${Old}Params = ${New}Params;
`,
    jsdoc([`What {@link ${name}} resolves to.`, "", deprecated]),
    `export type ${Old}Response = ${New}Response;
`,
    jsdoc([`Request table of {@link ${name}}.`, "", deprecated]),
    `export const ${name}Operation: OperationSpec = ${target}Operation;

`,
    jsdoc([
      `The old name of {@link ${target}}: the same function, kept so code written against it compiles and runs.`,
      "Its first call in a process logs a warning (level `warn`) through the client's logger.",
      "",
      deprecated,
    ]),
    `export const ${name}: typeof ${target} = deprecatedAlias(${target}, ${JSON.stringify(name)}, ${JSON.stringify(target)}, ${JSON.stringify(packageName)});
`,
  ].join("");
}

export function emitGeneratedIndex(pkg: PackagePlan): string {
  const names = [...pkg.operations.map((op) => op.name), ...pkg.aliases.map((a) => a.name)].sort();
  const types = [...pkg.operations, ...pkg.aliases]
    .flatMap((op) => [`${pascalCase(op.name)}Params`, `${pascalCase(op.name)}Response`])
    .sort();
  const specs = names.map((n) => `${n}Operation`);
  const lines = [
    TS_HEADER,
    importLine(names, "./operations.js"),
    "\n",
    "// createClient, paginate, the error classes…: one import gives a caller everything.\n",
    `export * from "@openphone-sdk/core";\n`,
    `export type { components, operations, paths } from "./openapi.js";\n`,
    `export type {\n${types.map((t) => `  ${t},\n`).join("")}} from "./operations.js";\n`,
    resourceExports(pkg),
    `export {\n${[...names, ...specs]
      .sort()
      .map((n) => `  ${n},\n`)
      .join("")}} from "./operations.js";\n\n`,
    jsdoc([`Every ${pkg.tag} operation by name: what the umbrella client binds as \`.${pkg.namespace}\`.`]),
    `export const ${pkg.namespace}Operations = {\n${names.map((n) => `  ${n},\n`).join("")}} as const;\n`,
  ];
  return lines.join("");
}
