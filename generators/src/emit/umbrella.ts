/** The umbrella package: one class with a namespace per tag package, every method bound to one client. */
import type { UmbrellaPlan } from "../plan.js";
import { pascalCase } from "../util.js";
import { jsdoc, MD_HEADER, TS_HEADER } from "./code.js";

export function emitUmbrellaClient(umbrella: UmbrellaPlan): string {
  const { packages, className } = umbrella;
  const imports = packages.map((p) => `import { ${p.namespace}Operations } from "${p.packageName}";\n`).join("");
  const fields = packages
    .map(
      (p) =>
        jsdoc([`${p.tag}: ${p.operations.map((o) => `\`${o.name}\``).join(", ")}.`], "  ") +
        `  readonly ${p.namespace}: BoundOperations<typeof ${p.namespace}Operations>;\n`,
    )
    .join("");
  const assignments = packages
    .map((p) => `    this.${p.namespace} = bindOperations(this.client, ${p.namespace}Operations);\n`)
    .join("");
  const first = packages.find((p) => p.namespace === "messages") ?? packages[0];
  const exampleOp = first?.operations.find((o) => !o.params.some((p) => p.required)) ?? first?.operations[0];
  return [
    TS_HEADER,
    `import { type BoundOperations, bindOperations, type ClientOptions, createClient, type OpenPhoneClient } from "@openphone-sdk/core";\n`,
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
    "  }\n",
    "}\n",
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
  out.push("## Namespaces\n", "| Namespace | Package | Operations |", "| --- | --- | --- |");
  for (const p of umbrella.packages) {
    out.push(
      `| \`op.${p.namespace}\` | [\`${p.packageName}\`](../${p.dir}) | ${p.operations.map((o) => `\`${o.name}\``).join(", ")} |`,
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
