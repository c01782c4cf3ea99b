/** The umbrella package: one class with a namespace per tag package, every method bound to one client. */
import type { PackagePlan, UmbrellaPlan } from "../plan.js";
import { compare, pascalCase } from "../util.js";
import { importLine, jsdoc, literal, MD_HEADER, TS_HEADER } from "./code.js";
import { operationDoc } from "./operations.js";
import { packageUrl } from "./readme.js";

/** Example params per operationId, for the methods' `@example`s (the same the package functions show). */
export type UmbrellaExamples = Map<string, Record<string, unknown>>;

/** What the umbrella client takes from core. */
const CORE_IMPORTS = [
  "type BoundPaginatedOperation",
  "type ClientOptions",
  "createClient",
  "type OpenPhoneClient",
  "type PageItem",
  "type PageParams",
  "type PageResult",
  "type PaginateOptions",
  "type RequestOptions",
  "type WithResponse",
];
/** What it takes from core's internal entry (the bind helpers), which it does not re-export. */
const CORE_INTERNAL_IMPORTS = ["bindOperations", "paginateBound", "paginatePagesBound", "withResponseBound"];

/** The first list operation that takes `pageToken`, for the examples: `calls.listCalls`. */
function paginatedExample(umbrella: UmbrellaPlan): string {
  for (const p of umbrella.packages) {
    const op = p.operations.find((o) => o.params.some((param) => param.key === "pageToken"));
    if (op) return `op.${p.namespace}.${op.name}`;
  }
  return "op.<resource>.<listOperation>";
}

/** The umbrella's helpers: core's paginate / paginatePages / withResponse for the bound operations. */
function helperMethods(umbrella: UmbrellaPlan): string {
  const list = paginatedExample(umbrella);
  const messages = umbrella.packages.find((p) => p.namespace === "messages");
  const send = messages?.operations.find((o) => o.name === "sendMessage") ? "op.messages.sendMessage" : list;
  return [
    jsdoc(
      [
        "Every item of a list operation, across pages fetched one at a time as you iterate, following",
        "`nextPageToken` until it is null or absent. Only operations that take `pageToken` are accepted.",
        "",
        "@example",
        `for await (const item of op.paginate(${list}, params, { maxItems: 500 })) console.log(item);`,
      ],
      "  ",
    ),
    "  paginate<P extends PageParams, R extends PageResult>(\n",
    "    fn: BoundPaginatedOperation<P, R>,\n",
    "    params: P,\n",
    "    options?: PaginateOptions,\n",
    "  ): AsyncGenerator<PageItem<R>, void, undefined> {\n",
    "    return paginateBound(fn, params, options);\n",
    "  }\n\n",
    jsdoc(
      [
        "Every page (`{ data, nextPageToken, … }`) of a list operation, fetched one at a time as you iterate.",
        "",
        "@example",
        `for await (const page of op.paginatePages(${list}, params)) console.log(page.data.length);`,
      ],
      "  ",
    ),
    "  paginatePages<P extends PageParams, R extends PageResult>(\n",
    "    fn: BoundPaginatedOperation<P, R>,\n",
    "    params: P,\n",
    "    options?: PaginateOptions,\n",
    "  ): AsyncGenerator<R, void, undefined> {\n",
    "    return paginatePagesBound(fn, params, options);\n",
    "  }\n\n",
    jsdoc(
      [
        "Runs an operation and returns its result with the HTTP `Response` (status, headers).",
        "",
        "@example",
        `const { body, response } = await op.withResponse(${send}, params);`,
      ],
      "  ",
    ),
    "  withResponse<P, R>(\n",
    "    fn: (params: P, options?: RequestOptions) => Promise<R>,\n",
    "    params: P,\n",
    "    options?: RequestOptions,\n",
    "  ): Promise<WithResponse<R>> {\n",
    "    return withResponseBound(fn, params, options);\n",
    "  }\n",
  ].join("");
}

/** `MessagesMethods`: the interface of `op.messages`. */
function methodsInterfaceName(p: PackagePlan): string {
  return `${pascalCase(p.namespace)}Methods`;
}

/**
 * The interface of one namespace (`op.messages`): each method declared with the package function's docs
 * (summary, `@throws`, an `@example` calling it through the namespace) and its named Params/Response types,
 * so hovers and TypeDoc show them on `op.messages.listMessages` too.
 */
function methodsInterface(p: PackagePlan, examples: UmbrellaExamples): string {
  const methods = p.operations.map((op) => {
    const Name = pascalCase(op.name);
    const params = examples.get(op.operationId) ?? {};
    const call = `await op.${p.namespace}.${op.name}(${Object.keys(params).length ? literal(params) : ""});`;
    const example = op.successStatus === "204" ? call : `const result = ${call}`;
    const optional = !op.params.some((param) => param.required);
    return (
      operationDoc(op, example)
        .split("\n")
        .map((line) => (line ? `  ${line}` : line))
        .join("\n") +
      `  ${op.name}(params${optional ? "?" : ""}: ${Name}Params, options?: RequestOptions): Promise<${Name}Response>;\n`
    );
  });
  // Old names of renamed operations (sdk.config.json `operationAliases`): bound too, so `op.calls.<old>()`
  // keeps compiling and running; typed as the operation they alias, marked deprecated.
  for (const alias of p.aliases) {
    const target = p.operations.find((op) => op.name === alias.target);
    if (!target) continue;
    const Name = pascalCase(target.name);
    const optional = !target.params.some((param) => param.required);
    methods.push(
      jsdoc(
        [
          `The old name of \`op.${p.namespace}.${target.name}\`: the same method; its first call logs a warning.`,
          "",
          `@deprecated Renamed to \`${target.name}\`; the old name goes in the next major version.`,
        ],
        "  ",
      ) +
        `  ${alias.name}(params${optional ? "?" : ""}: ${Name}Params, options?: RequestOptions): Promise<${Name}Response>;\n`,
    );
  }
  return (
    jsdoc([
      `The methods of \`op.${p.namespace}\` (${p.tag}): the functions of \`${p.packageName}\` with the client bound.`,
    ]) + `export interface ${methodsInterfaceName(p)} {\n${methods.join("")}}\n`
  );
}

function packageImports(p: PackagePlan): string {
  const types = p.operations
    .flatMap((op) => [`${pascalCase(op.name)}Params`, `${pascalCase(op.name)}Response`])
    .sort(compare)
    .map((t) => `type ${t}`);
  return importLine([`${p.namespace}Operations`, ...types], p.packageName);
}

export function emitUmbrellaClient(umbrella: UmbrellaPlan, examples: UmbrellaExamples = new Map()): string {
  const { packages, className } = umbrella;
  const imports = packages.map(packageImports).join("");
  const fields = packages
    .map(
      (p) =>
        jsdoc([`${p.tag}: ${p.operations.map((o) => `\`${o.name}\``).join(", ")}.`], "  ") +
        `  readonly ${p.namespace}: ${methodsInterfaceName(p)};\n`,
    )
    .join("");
  const interfaces = packages.map((p) => methodsInterface(p, examples)).join("\n");
  const assignments = packages
    .map((p) => `    this.${p.namespace} = bindOperations(this.client, ${p.namespace}Operations);\n`)
    .join("");
  const first = packages.find((p) => p.namespace === "messages") ?? packages[0];
  const exampleOp = first?.operations.find((o) => !o.params.some((p) => p.required)) ?? first?.operations[0];
  return [
    TS_HEADER,
    importLine(CORE_IMPORTS, "@openphone-sdk/core"),
    importLine(CORE_INTERNAL_IMPORTS, "@openphone-sdk/core/internal"),
    imports,
    "\n",
    jsdoc([
      "The whole OpenPhone API on one client: a namespace per resource, each method the package function",
      "with the client bound (`op.<resource>.<function>(params, options?)`).",
      "",
      "@example",
      `const op = new ${className}({ apiKey: process.env.OPENPHONE_API_KEY });`,
      first && exampleOp
        ? `const result = await op.${first.namespace}.${exampleOp.name}(${exampleOp.params.some((p) => p.required) ? "params" : ""});`
        : "",
    ]),
    `export class ${className} {\n`,
    jsdoc(["The client behind every namespace: also accepted by each package's functions and by `paginate`."], "  "),
    "  readonly client: OpenPhoneClient;\n",
    fields,
    "\n",
    jsdoc(["Falls back to the `OPENPHONE_API_KEY` environment variable when `apiKey` is not given."], "  "),
    "  constructor(options: ClientOptions = {}) {\n",
    "    this.client = createClient(options);\n",
    assignments,
    "  }\n\n",
    helperMethods(umbrella),
    "}\n\n",
    interfaces,
  ].join("");
}

export function emitUmbrellaIndex(umbrella: UmbrellaPlan): string {
  const typeNamespaces = umbrella.packages
    .map((p) => `export type * as ${pascalCase(p.namespace)} from "${p.packageName}";\n`)
    .join("");
  return [
    TS_HEADER,
    `export * from "@openphone-sdk/core";\n`,
    `export { ${umbrella.className} } from "./client.js";\n`,
    `export type {\n${umbrella.packages
      .map(methodsInterfaceName)
      .sort(compare)
      .map((n) => `  ${n},\n`)
      .join("")}} from "./client.js";\n`,
    jsdoc(["Types of each resource package, e.g. `Messages.SendMessageParams`."]),
    typeNamespaces,
  ].join("");
}

export function emitUmbrellaReadme(umbrella: UmbrellaPlan, repository: string): string {
  const out: string[] = [MD_HEADER, `# ${umbrella.packageName}\n`];
  out.push(
    `The whole [OpenPhone Public API](https://www.openphone.com/docs) on one client. Part of the [OpenPhone TypeScript SDK](${repository}#readme); to keep bundles small, install only the resource packages you use instead.\n`,
  );
  out.push("## Install\n", "```sh", `npm install ${umbrella.packageName}`, "```\n");
  out.push("## Usage\n");
  const messages = umbrella.packages.find((p) => p.namespace === "messages");
  out.push(
    "```ts",
    `import { ${umbrella.className}, NotFoundError } from "${umbrella.packageName}";`,
    "",
    `const op = new ${umbrella.className}({ apiKey: process.env.OPENPHONE_API_KEY });`,
    ...(messages
      ? [
          "",
          "const sent = await op.messages.sendMessage({",
          '  content: "Hello, world!",',
          '  from: "PN123abc",',
          '  to: ["+15555555555"],',
          "});",
          "console.log(sent.data.id);",
        ]
      : []),
    ...(messages
      ? [
          "",
          "try {",
          '  await op.messages.getMessageById({ id: "AC123abc" });',
          "} catch (error) {",
          "  if (error instanceof NotFoundError) console.log(error.message); // 404 Not Found (…): …",
          "}",
        ]
      : []),
    "```\n",
  );
  const list = paginatedExample(umbrella);
  const listParams =
    list === "op.calls.listCalls"
      ? '{ phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 100 }'
      : "params";
  out.push(
    "## Pagination and raw responses\n",
    "```ts",
    `for await (const item of op.paginate(${list}, ${listParams})) {`,
    "  console.log(item);",
    "}",
    ...(messages
      ? [
          "",
          'const { body, response } = await op.withResponse(op.messages.getMessageById, { id: "AC123abc" });',
          'console.log(response.status, response.headers.get("content-type"), body.data.text);',
        ]
      : []),
    "```\n",
    "`op.paginatePages(...)` yields whole pages; `{ maxItems }` stops early. Only operations that take `pageToken` are accepted.\n",
    "## Reliability\n",
    `Retries (never a second \`POST\` unless the first surely was not processed), a client-side rate limit of 10 requests per second per key, a 30 s timeout per attempt and logging are set per client (\`new ${umbrella.className}({ maxRetries, rateLimit, timeoutMs, logLevel, logger })\`) or per call (\`options\`); see [Reliability](${repository}#reliability).\n`,
  );
  out.push("## Namespaces\n", "| Namespace | Package | Operations |", "| --- | --- | --- |");
  for (const p of umbrella.packages) {
    out.push(
      `| \`op.${p.namespace}\` | [\`${p.packageName}\`](${packageUrl(repository, p.dir)}) | ${p.operations.map((o) => `\`${o.name}\``).join(", ")} |`,
    );
  }
  out.push("");
  out.push(
    'Everything `@openphone-sdk/core` exports (`createClient`, the error classes, helper types) is re-exported here, and each resource\'s types are available as a type namespace (`import type { Messages } from "@openphone-sdk/client"`).\n',
  );
  return `${out.join("\n").trimEnd()}\n`;
}

/** `<umbrella>/response-schemas`: every package's response schemas in one list, for `validateResponses`. */
export function emitUmbrellaResponseSchemas(umbrella: UmbrellaPlan): string {
  const imports = umbrella.packages
    .map((p) => `import { responseSchemas as ${p.namespace} } from "${p.packageName}/response-schemas";\n`)
    .join("");
  return [
    TS_HEADER,
    `import { combineResponseSchemas } from "@openphone-sdk/core/validate-responses";\n`,
    imports,
    "\n",
    `export { ResponseValidationError } from "@openphone-sdk/core/validate-responses";\n\n`,
    jsdoc([
      "The success-body schemas of every operation, for `validateResponses`:",
      `\`new ${umbrella.className}({ validateResponses: "warn", responseSchemas })\`.`,
    ]),
    `export const responseSchemas = /* @__PURE__ */ combineResponseSchemas(\n${umbrella.packages.map((p) => `  ${p.namespace},\n`).join("")});\n`,
  ].join("");
}
