/** Small helpers that print TypeScript the way the repository's formatter would. */

export const SOURCE_NOTE =
  "Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.";

export const TS_HEADER = `// ${SOURCE_NOTE}\n`;
export const MD_HEADER = `<!-- ${SOURCE_NOTE} -->\n`;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** Code that {@link literal} prints as is (an identifier, say) instead of as a string. */
export class Code {
  constructor(readonly text: string) {}
}

/** Prints a JSON-like value as a TypeScript literal: 2-space indent, trailing commas, short forms inline. */
export function literal(value: unknown, indent = ""): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Code) return value.text;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => literal(item, inner));
    const flat = `[${items.join(", ")}]`;
    if (flat.length <= 80 && !flat.includes("\n")) return flat;
    return `[\n${items.map((item) => `${inner}${item},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const parts = entries.map(([k, v]) => `${propertyKey(k)}: ${literal(v, inner)}`);
  const flat = `{ ${parts.join(", ")} }`;
  if (flat.length <= 80 && !flat.includes("\n")) return flat;
  return `{\n${parts.map((part) => `${inner}${part},`).join("\n")}\n${indent}}`;
}

/** Makes spec prose safe inside a JSDoc block. */
export function docText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\r\n?/g, "\n").trim();
}

/** A JSDoc block from lines (blank strings become empty ` *` lines). */
export function jsdoc(lines: string[], indent = ""): string {
  const body = lines.flatMap((line) => line.split("\n")).map((line) => (line ? `${indent} * ${line}` : `${indent} *`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** `import { a, b } from "x";`, wrapped one name per line when longer than 100 characters. */
export function importLine(names: string[], from: string): string {
  const flat = `import { ${names.join(", ")} } from "${from}";\n`;
  if (flat.length <= 101) return flat;
  return `import {\n${names.map((n) => `  ${n},\n`).join("")}} from "${from}";\n`;
}

/**
 * `import type { A, B } from "x";`. A whole type-only statement is erased; written as `import { type A }` it
 * stays as a bare `require("x")` in the CJS build, and rolldown then emits `export * from "x"` of the same
 * module against a binding it never declared (`_openphone_sdk_core is not defined`, found by the e2e).
 */
export function importTypeLine(names: string[], from: string): string {
  const flat = `import type { ${names.join(", ")} } from "${from}";\n`;
  if (flat.length <= 101) return flat;
  return `import type {\n${names.map((n) => `  ${n},\n`).join("")}} from "${from}";\n`;
}
