/**
 * What an editor shows on hover, read through the TypeScript language service from the BUILT packages
 * (packages/<name>/dist, resolved through each package.json `exports` exactly as a consumer resolves them).
 *
 * Why: the bundled declarations once placed one-line `/** … *\/` comments at the end of the previous line,
 * where TypeScript attaches them to nothing (see the @babel/generator patch in pnpm-workspace.yaml).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";

// The first question to a language service builds the whole program (lib files and every built package):
// seconds on an idle machine, much longer on a loaded CI runner.
vi.setConfig({ testTimeout: 120_000 });

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGES = resolve(HERE, "../..");

/** A language service over the real file system plus one in-memory probe file. */
function hoverService(probeName: string, probe: string) {
  const probeFile = join(HERE, probeName);
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [probeFile],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      if (file === probeFile) return ts.ScriptSnapshot.fromString(probe);
      return ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file) ?? "") : undefined;
    },
    getCurrentDirectory: () => HERE,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (file) => file === probeFile || ts.sys.fileExists(file),
    readFile: (file) => (file === probeFile ? probe : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host);
  return {
    service,
    probeFile,
    /** Documentation and tags shown when hovering `offset` characters into the first `marker` in the probe. */
    hover(marker: string, offset = 0): string {
      const at = probe.indexOf(marker);
      if (at < 0) throw new Error(`marker ${marker} not in probe`);
      const info = service.getQuickInfoAtPosition(probeFile, at + offset);
      if (!info) return "";
      const docs = ts.displayPartsToString(info.documentation);
      const tags = (info.tags ?? []).map((t) => `@${t.name} ${ts.displayPartsToString(t.text)}`);
      return [docs, ...tags].join("\n").trim();
    },
    /** The display string (the type) shown on hover. */
    display(marker: string): string {
      const info = service.getQuickInfoAtPosition(probeFile, probe.indexOf(marker));
      return info ? ts.displayPartsToString(info.displayParts) : "";
    },
  };
}

/** Fields whose hover must show the spec's description: `[package, owner type['field'], expected words]`. */
const FIELDS: Array<[string, string, string]> = [
  [
    "@openphone-sdk/messages",
    "ListMessagesParams['userId']",
    "unique identifier of the user the message was sent from",
  ],
  [
    "@openphone-sdk/messages",
    "ListMessagesParams['participants']",
    "Array of phone numbers involved in the conversation",
  ],
  ["@openphone-sdk/messages", "ListMessagesParams['createdAfter']", "only include messages created after"],
  ["@openphone-sdk/messages", "ListMessagesParams['createdBefore']", "only include messages created before"],
  ["@openphone-sdk/messages", "ListMessagesParams['maxResults']", "Maximum number of results to return per page"],
  [
    "@openphone-sdk/contacts",
    "ListContactsParams['externalIds']",
    "A list of unique identifiers from an external system",
  ],
  ["@openphone-sdk/contacts", "ListContactsResponse['totalItems']", "Total number of items available"],
  ["@openphone-sdk/webhooks", "ListWebhooksParams['userId']", "Defaults to the workspace owner"],
  [
    "@openphone-sdk/webhooks",
    "CreateMessageWebhookParams['url']",
    "The endpoint that receives events from the webhook",
  ],
  ["@openphone-sdk/webhooks", "GetWebhookByIdParams['id']", "The unique identifier of a webhook"],
  ["@openphone-sdk/calls", "ListCallsParams['maxResults']", "Maximum number of results to return per page"],
];

/** A probe declaring `v<i>` of each field's owner type and reading the field, so its name can be hovered. */
function fieldProbe(): { source: string; markers: string[] } {
  const lines: string[] = [];
  const markers: string[] = [];
  FIELDS.forEach(([pkg, expr], i) => {
    const [, owner, field] = /^(\w+)\['(\w+)'\]$/.exec(expr) ?? [];
    lines.push(`import type { ${owner} as T${i} } from "${pkg}";`);
    lines.push(`declare const v${i}: T${i};`);
    lines.push(`export const r${i} = v${i}.${field};`);
    markers.push(`v${i}.${field}`);
  });
  return { source: lines.join("\n"), markers };
}

describe.each([
  ["ESM (dist/*.d.mts)", "hover-probe.mts"],
  ["CommonJS (dist/*.d.cts)", "hover-probe.cts"],
])("hover docs from the built declarations, %s", (_label, probeName) => {
  const { source, markers } = fieldProbe();
  const probe = hoverService(probeName, source);

  it("the probe resolves every package to its built dist and compiles", () => {
    const program = probe.service.getProgram();
    const dtsFiles = (program?.getSourceFiles() ?? []).map((f) => f.fileName).filter((f) => f.includes("/dist/"));
    const extension = probeName.endsWith(".mts") ? ".d.mts" : ".d.cts";
    for (const pkg of ["messages", "contacts", "webhooks", "calls"]) {
      expect(dtsFiles.some((f) => f.includes(`/${pkg}/dist/`) && f.endsWith(extension))).toBe(true);
    }
    const errors = probe.service.getSemanticDiagnostics(probe.probeFile);
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it.each(FIELDS.map(([pkg, expr, words], i) => [`${pkg} ${expr}`, i, words] as const))(
    "%s shows its description",
    (_name, i, words) => {
      const marker = markers[i] as string;
      // Hover the field name (after the dot).
      const text = probe.hover(marker, marker.indexOf(".") + 1);
      expect(text).toContain(words);
    },
  );
});

describe("named types and the umbrella's methods in hovers (built dist)", () => {
  const source = [
    `import { OpenPhone } from "@openphone-sdk/client";`,
    `import { createClient, listMessages, sendMessage, type Message } from "@openphone-sdk/messages";`,
    `import { listWebhooks } from "@openphone-sdk/webhooks";`,
    `const client = createClient({ apiKey: "k" });`,
    `const op = new OpenPhone({ apiKey: "k" });`,
    `export async function run() {`,
    `  const page = await listMessages(client, { phoneNumberId: "PN1", participants: [], maxResults: 1 });`,
    `  const first: Message | undefined = page.data[0];`,
    `  const hooks = await listWebhooks(client);`,
    `  const bound = await op.messages.listMessages({ phoneNumberId: "PN1", participants: [], maxResults: 1 });`,
    `  // @ts-expect-error content must be a string`,
    `  await sendMessage(client, { content: 1, from: "PN1", to: ["+15555555555"] });`,
    `  return [first, hooks.data[0], bound.data[0]?.text];`,
    `}`,
  ].join("\n");
  const probe = hoverService("named-probe.mts", source);
  const at = (marker: string, offset = 0) => source.indexOf(marker) + offset;
  const display = (marker: string, offset = 0) => {
    const info = probe.service.getQuickInfoAtPosition(probe.probeFile, at(marker, offset));
    return info ? ts.displayPartsToString(info.displayParts) : "";
  };

  it("compiles against the built packages", () => {
    const errors = probe.service.getSemanticDiagnostics(probe.probeFile);
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("a list response reads `data: Message[]`, and a resource hovers as its interface", () => {
    expect(display("page.data[0]", "page.".length)).toBe("(property) data: Message[]");
    expect(display("Message | undefined")).toContain("interface Message");
    expect(display("hooks.data[0]", "hooks.".length)).toMatch(/data: Webhook\[\]$/);
  });

  it("params hover by name, not as an anonymous object", () => {
    expect(display("listMessages(client")).toContain("params: ListMessagesParams");
    expect(display("listMessages(client")).toContain("Promise<ListMessagesResponse>");
    expect(display("op.messages.listMessages", "op.messages.".length)).toContain(
      "(params: ListMessagesParams, options?: RequestOptions): Promise<ListMessagesResponse>",
    );
  });

  it("an error names the params type", () => {
    const program = probe.service.getProgram() as ts.Program;
    const file = program.getSourceFile(probe.probeFile) as ts.SourceFile;
    // Without the @ts-expect-error line the call is an error; ask the checker for it directly.
    const checker = program.getTypeChecker();
    const call = source.indexOf("sendMessage(client, { content: 1");
    let node: ts.Node | undefined;
    const find = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && n.getStart(file) === call) node = n;
      ts.forEachChild(n, find);
    };
    find(file);
    const signature = checker.getResolvedSignature(node as ts.CallExpression);
    const paramType = checker.typeToString(
      checker.getTypeOfSymbolAtLocation(signature?.parameters[1] as ts.Symbol, node as ts.Node),
    );
    expect(paramType).toBe("SendMessageParams");
  });

  it("op.messages.listMessages carries the function's docs: summary, @throws, @example", () => {
    const text = probe.hover("op.messages.listMessages", "op.messages.".length);
    expect(text).toContain("List messages");
    expect(text).toContain("@throws {NotFoundError} 404");
    expect(text).toContain("@example");
    expect(text).toContain("await op.messages.listMessages(");
  });
});

/**
 * A one-line `/** … *\/` after other code on its line: TypeScript attaches such a comment to nothing. A comment
 * before a union or intersection member (`= /** 200 … *\/ {`, `} /** 400 … *\/ | {`) is let through:
 * TypeScript shows no docs for those anyway. The comment body is matched up to its first `*\/`, so the work per line stays linear.
 */
const MISPLACED_JSDOC = /[^\s=][ \t]*\/\*\*(?:[^*]|\*(?!\/))*\*\/(?![ \t]*[|&])/;

describe("built declarations keep every JSDoc comment on its own line", () => {
  const packages = readdirSync(PACKAGES).filter((dir) => {
    try {
      return readdirSync(join(PACKAGES, dir, "dist")).some((f) => /\.d\.[cm]ts$/.test(f));
    } catch {
      return false;
    }
  });

  it("finds the built packages", () => {
    expect(packages).toEqual(expect.arrayContaining(["client", "core", "messages", "contacts", "webhooks", "calls"]));
  });

  it.each(packages)("packages/%s/dist", (dir) => {
    const misplaced: string[] = [];
    for (const file of readdirSync(join(PACKAGES, dir, "dist")).filter((f) => /\.d\.[cm]ts$/.test(f))) {
      readFileSync(join(PACKAGES, dir, "dist", file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (MISPLACED_JSDOC.test(line)) misplaced.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(misplaced).toEqual([]);
  });
});
