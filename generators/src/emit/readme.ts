/** README.md of each generated package: install line, usage, one runnable example per operation. */
import type { SchemaObject } from "../openapi.js";
import type { PackagePlan, Plan } from "../plan.js";
import { MD_HEADER } from "./code.js";
import { errorClassFor, exampleCall } from "./operations.js";

/** The marker the contract tests look for to find and run every README example. */
export const EXAMPLE_FENCE = "```js example";

function oneLine(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

/** A short phrase for a schema without a description: `a list of strings matching \`^PN(.*)$\``. */
function shape(schema: SchemaObject, plural = false): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return `one of ${schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(", ")}`;
  const noun = plural ? `${schema.type ?? "value"}s` : `a ${schema.type ?? "value"}`;
  if (schema.pattern) return `${noun} matching \`${schema.pattern}\``;
  if (schema.items) return `a list of ${schema.items.description ?? shape(schema.items, true)}`;
  return noun;
}

/** A param's description, or one pieced together from its array items or anyOf alternatives. */
function describeParam(description: string | undefined, schema: SchemaObject): string {
  if (description) return description;
  if (schema.items?.description) return `Each item: ${schema.items.description}`;
  const alternatives = (schema.anyOf ?? schema.oneOf ?? []).filter((alt) => alt.type !== "null");
  const parts = alternatives.map((alt) => alt.description ?? shape(alt));
  if (parts.length > 1) return `Either ${parts.join(", or ")}`;
  return parts[0] ?? shape(schema);
}

export function exampleProgram(importFrom: string, name: string, call: string, returnsBody: boolean): string {
  return [
    `import { createClient, ${name} } from "${importFrom}";`,
    "",
    "const client = createClient({ apiKey: process.env.OPENPHONE_API_KEY });",
    call,
    ...(returnsBody ? ["console.log(result);"] : []),
  ].join("\n");
}

export function emitPackageReadme(
  pkg: PackagePlan,
  plan: Plan,
  examples: Map<string, Record<string, unknown>>,
  repository: string,
  /** Hand-written markdown (sdk.config.json `packageExtras.<dir>.readme`), placed before "Reference". */
  extraSections?: string,
  docsUrl?: string,
): string {
  const out: string[] = [MD_HEADER];
  out.push(`# ${pkg.packageName}\n`);
  const described = oneLine(pkg.description);
  const intro = described ? `${described}${/[.!?]$/.test(described) ? "" : "."} ` : "";
  out.push(
    `${intro}The **${pkg.tag}** operations of the [OpenPhone Public API](https://www.openphone.com/docs), as typed functions. Part of the [OpenPhone TypeScript SDK](${repository}#readme): one package per resource on a small shared runtime ([\`${plan.scope}/core\`](../core)).\n`,
  );
  out.push("## Install\n", "```sh", `npm install ${pkg.packageName}`, "```\n");
  out.push("## Usage\n");
  out.push(
    "Every function takes `(client, params, options?)`. `params` is one flat object holding the path, query and body values the operation accepts; the function resolves to the documented success body unchanged, and throws a typed error (`NotFoundError`, `RateLimitError`, …, all subclasses of `OpenPhoneError`) otherwise. The package re-exports `createClient` and the error classes from core, so one import is enough.\n",
  );
  out.push(
    `Set \`OPENPHONE_API_KEY\` (and \`OPENPHONE_BASE_URL=http://127.0.0.1:4010\` to try the examples against the mock server, \`npx openphone-mock\`). With the umbrella package the same calls read \`new OpenPhone().${pkg.namespace}.<function>(params)\`.\n`,
  );
  out.push("| Function | Request | Summary |", "| --- | --- | --- |");
  for (const op of pkg.operations) {
    out.push(`| [\`${op.name}\`](#${op.name.toLowerCase()}) | \`${op.method} ${op.path}\` | ${oneLine(op.summary)} |`);
  }
  out.push("");
  for (const op of pkg.operations) {
    out.push(`### ${op.name}\n`);
    if (op.deprecated) out.push("> **Deprecated** by the API.\n");
    out.push(`${oneLine(op.summary)}${op.summary ? "." : ""} ${oneLine(op.description)}\n`.replace(/\.\. /, ". "));
    const params = op.params;
    if (params.length) {
      out.push("| Param | In | Required | Description |", "| --- | --- | --- | --- |");
      for (const p of params) {
        const dep = p.deprecated ? "**Deprecated.** " : "";
        out.push(
          `| \`${p.key}\` | ${p.location} | ${p.required ? "yes" : "no"} | ${dep}${oneLine(describeParam(p.description, p.schema))} |`,
        );
      }
      out.push("");
    }
    const call = exampleCall(op, examples.get(op.operationId) ?? {});
    out.push(EXAMPLE_FENCE, exampleProgram(pkg.packageName, op.name, call, op.successStatus !== "204"), "```\n");
    const errors = op.responses.filter((r) => /^[45]\d\d$/.test(r.status));
    if (errors.length) {
      out.push(
        `Errors: ${errors.map((r) => `${r.status} \`${errorClassFor(r.status)}\`${r.errorCode ? ` (${r.errorCode})` : ""}`).join(", ")}.\n`,
      );
    }
  }
  if (extraSections?.trim()) out.push(`${extraSections.trim()}\n`);
  out.push(referenceSection(pkg.packageName, repository, docsUrl));
  return `${out.join("\n").trimEnd()}\n`;
}

/** TypeDoc's page for a package in packages mode: `@scope/name` -> `modules/_scope_name.html`. */
export function referenceUrl(docsUrl: string, packageName: string): string {
  return `${docsUrl.replace(/\/+$/, "")}/modules/${packageName.replace(/[@/]/g, "_")}.html`;
}

/** The README's closing section: a link to the package's page in the API reference. */
export function referenceSection(packageName: string, repository: string, docsUrl: string | undefined): string {
  const built = `built with TypeDoc by \`pnpm run docs\` in the [repository](${repository}#readme)`;
  const reference = docsUrl
    ? `The [API reference](${referenceUrl(docsUrl, packageName)}) documents every function and type (${built}); the TypeScript declarations shipped in this package carry the same documentation to your editor.`
    : `Full signatures and types: the TypeScript declarations shipped in this package, and the API reference ${built}.`;
  return `## Reference\n\n${reference}\n`;
}
