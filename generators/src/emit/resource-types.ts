/**
 * Named types in a package's public surface: the resource types planned in resources.ts
 * (`src/generated/resources.ts`), and the declarations of each operation's `…Params` / `…Response`.
 *
 * Interfaces (and, for params, a mapped type the alias declares itself) rather than aliases of another
 * type: TypeScript prints those by name in hovers, error messages and TypeDoc, where an alias of an
 * openapi-typescript object type is printed as the whole anonymous object.
 */

import type { NormalizedOperation } from "../normalize.js";
import { deref } from "../normalize.js";
import type { OpenAPIDocument, SchemaObject } from "../openapi.js";
import type { PackagePlan } from "../plan.js";
import type { ResourceType } from "../resources.js";
import { compare } from "../util.js";
import { docText, jsdoc, TS_HEADER } from "./code.js";

export const RESOURCES_MODULE = "./resources.js";

/** `CallSummary` -> `call summary`. */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

function returnedBy(resource: ResourceType): string {
  return `Returned by ${resource.operations.map((o) => `\`${o}\``).join(", ")}.`;
}

/** `src/generated/resources.ts`: one exported type per named resource. */
export function emitResourceTypes(pkg: PackagePlan): string {
  const blocks = pkg.resources.map((r) => {
    if (r.kind === "union") {
      const members = r.members ?? [];
      return (
        jsdoc([`Any of: ${members.map((m) => `{@link ${m}}`).join(", ")}.`, "", returnedBy(r)]) +
        `export type ${r.name} = ${members.join(" | ")};\n`
      );
    }
    const article = /^[aeiou]/i.test(r.name) ? "An" : "A";
    const summary = r.description ? docText(r.description) : `${article} ${words(r.name)}, as the API returns it.`;
    return (
      jsdoc([summary, "", returnedBy(r)]) +
      `export interface ${r.name} extends NonNullable<components["schemas"][${JSON.stringify(r.name)}]> {}\n`
    );
  });
  const needsComponents = pkg.resources.some((r) => r.kind === "object");
  return [
    TS_HEADER,
    needsComponents ? `import type { components } from "./openapi.js";\n\n` : "\n",
    blocks.join("\n"),
  ].join("");
}

/**
 * openapi-typescript's output with every `components["schemas"]["<Resource>"]` replaced by the resource's
 * exported name, so responses read `data: Message[]` in hovers and docs.
 */
export function linkResourceTypes(openapiSource: string, pkg: PackagePlan): string {
  if (pkg.resources.length === 0) return openapiSource;
  let out = openapiSource;
  for (const r of pkg.resources) out = out.split(`components["schemas"][${JSON.stringify(r.name)}]`).join(r.name);
  const names = pkg.resources.map((r) => r.name).sort(compare);
  const importLine = `import type { ${names.join(", ")} } from "${RESOURCES_MODULE}";\n`;
  const headerEnd = out.indexOf("\n") + 1;
  return `${out.slice(0, headerEnd)}${importLine}${out.slice(headerEnd)}`;
}

/** `export type { Message, … } from "./resources.js";` for the package's generated index. */
export function resourceExports(pkg: PackagePlan): string {
  if (pkg.resources.length === 0) return "";
  const names = pkg.resources.map((r) => r.name).sort(compare);
  return `export type {\n${names.map((n) => `  ${n},\n`).join("")}} from "${RESOURCES_MODULE}";\n`;
}

/** The JSDoc of `…Params`; `@interface` makes TypeDoc list its fields like an interface's. */
export function paramsDoc(functionName: string): string {
  return jsdoc([`Params of {@link ${functionName}}: path, query and body values in one object.`, "", "@interface"]);
}

/**
 * The params type: a homomorphic mapped type over the path/query/body parts, declared by the alias itself.
 * TypeScript then prints it by name (`ListMessagesParams`) in hovers and errors and keeps each field's doc,
 * and, unlike an interface, it stays assignable to `Record<string, unknown>` (what core's `request` takes).
 */
export function paramsDeclaration(name: string, typeText: string): string {
  if (typeText === "Record<string, never>") return `export type ${name} = ${typeText};\n`;
  const source = typeText.includes(" & ") ? `(${typeText})` : typeText;
  return `export type ${name} = {\n  [K in keyof ${source}]: ${source}[K];\n};\n`;
}

/** The success body schema of `op`, when it is a plain object (what an interface can extend). */
function isObjectBody(op: NormalizedOperation, doc: OpenAPIDocument): boolean {
  const schema = op.responses.find((r) => r.status === op.successStatus)?.schema;
  const body = schema ? deref<SchemaObject>(doc, schema) : undefined;
  return !!body && !body.anyOf && !body.oneOf && (body.type === "object" || body.properties !== undefined);
}

/** `export interface XResponse extends SuccessBody<…> {}` for object bodies; an alias otherwise (204: none). */
export function responseDeclaration(name: string, op: NormalizedOperation, doc: OpenAPIDocument): string {
  const type = `SuccessBody<operations[${JSON.stringify(op.operationId)}]>`;
  return op.successStatus !== "204" && isObjectBody(op, doc)
    ? `export interface ${name} extends ${type} {}\n`
    : `export type ${name} = ${type};\n`;
}
