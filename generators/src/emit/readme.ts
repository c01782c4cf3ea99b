/** README.md of each generated package: install line, usage, one runnable example per operation. */
import type { SchemaObject } from "../openapi.js";
import type { PackagePlan, Plan } from "../plan.js";
import { literal, MD_HEADER } from "./code.js";
import { errorClassFor, exampleCall } from "./operations.js";

/** The marker the contract tests look for to find and run every README example. */
export const EXAMPLE_FENCE = "```js example";
/** The marker of the `paginate` example of each list operation (also run by the contract tests). */
export const PAGINATE_FENCE = "```js paginate";

function oneLine(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

/** `a string`, `an object`, `an integer`. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** Lower-cases a description's first letter to continue a sentence (`A phone number` -> `a phone number`), not an acronym's. */
function continuing(text: string): string {
  return /^(?:A|An|The)\b|^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A short phrase for a schema without a description: `a list of strings matching \`^PN(.*)$\``. */
function shape(schema: SchemaObject, plural = false): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return `one of ${schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(", ")}`;
  const type = typeof schema.type === "string" ? schema.type : "value";
  const noun = plural ? `${type}s` : withArticle(type);
  if (schema.pattern) return `${noun} matching \`${schema.pattern}\``;
  if (schema.items)
    return `a list of ${schema.items.description ? continuing(schema.items.description) : shape(schema.items, true)}`;
  const keys = Object.keys(schema.properties ?? {});
  if (keys.length) {
    const shown = keys.slice(0, 6).map((k) => `\`${k}\``);
    return `${noun} with ${shown.join(", ")}${keys.length > shown.length ? ", …" : ""}`;
  }
  return noun;
}

/** A param's description, or one pieced together from its array items or anyOf alternatives. */
function describeParam(description: string | undefined, schema: SchemaObject): string {
  if (description) return description;
  const item = schema.items?.description;
  if (item) {
    // `to: [number]` with minItems = maxItems = 1 takes exactly one: say so instead of "each item".
    if (schema.maxItems === 1)
      return `A list of ${(schema.minItems ?? 0) >= 1 ? "exactly" : "at most"} one item: ${continuing(item)}`;
    const count =
      schema.minItems !== undefined && schema.maxItems !== undefined
        ? ` (${schema.minItems} to ${schema.maxItems})`
        : schema.maxItems !== undefined
          ? ` (at most ${schema.maxItems})`
          : "";
    return `A list${count}; each item: ${continuing(item)}`;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf ?? []).filter((alt) => alt.type !== "null");
  const parts = alternatives.map((alt) => (alt.description ? continuing(alt.description) : shape(alt)));
  if (parts.length > 1) return `Either ${parts.join(", or ")}`;
  const only = parts[0] ?? shape(schema);
  return only.charAt(0).toUpperCase() + only.slice(1);
}

/** Operations that take `pageToken`: `paginate` walks them to the end. */
function isPaginated(op: PackagePlan["operations"][number]): boolean {
  return op.params.some((p) => p.key === "pageToken");
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
    `${intro}The **${pkg.tag}** operations of the [OpenPhone Public API](https://www.openphone.com/docs), as typed functions. Part of the [OpenPhone TypeScript SDK](${repository}#readme): one package per resource on a small shared runtime ([\`${plan.scope}/core\`](${packageUrl(repository, "core")})).\n`,
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
        const description =
          p.key === "pageToken" && !p.description
            ? "The `nextPageToken` of the previous page (`paginate` passes it for you)."
            : describeParam(p.description, p.schema);
        out.push(`| \`${p.key}\` | ${p.location} | ${p.required ? "yes" : "no"} | ${dep}${oneLine(description)} |`);
      }
      out.push("");
    }
    const call = exampleCall(op, examples.get(op.operationId) ?? {});
    out.push(EXAMPLE_FENCE, exampleProgram(pkg.packageName, op.name, call, op.successStatus !== "204"), "```\n");
    if (isPaginated(op)) {
      const params = literal(examples.get(op.operationId) ?? {});
      out.push(
        `\`${op.name}\` returns one page (\`data\`, \`nextPageToken\`). For every item, let \`paginate\` follow \`nextPageToken\` as you iterate (\`{ maxItems }\` stops early; \`paginatePages\` yields whole pages):\n`,
        PAGINATE_FENCE,
        `import { createClient, ${op.name}, paginate } from "${pkg.packageName}";`,
        "",
        "const client = createClient({ apiKey: process.env.OPENPHONE_API_KEY });",
        `for await (const item of paginate(${op.name}, client, ${params}, { maxItems: 500 })) {`,
        "  console.log(item.id);",
        "}",
        "```\n",
      );
    }
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

/** A package's folder on GitHub: links that work on the npm page too (a relative `../core` does not). */
export function packageUrl(repository: string, dir: string): string {
  return `${repository}/tree/main/packages/${dir}#readme`;
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
