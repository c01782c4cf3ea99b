/**
 * Compares two public-API reports (report.ts) export by export, and says what release level the
 * difference demands. Reports are TypeScript declarations, so "changed" is decided by the compiler: both
 * versions go into one program and each changed export is assigned across versions.
 *
 * - an export removed: major; an export added: minor;
 * - a function, const or class changed: minor when the new one can stand wherever the old one was used
 *   (`const old: typeof Old.f = New.f` compiles: parameters widened, results narrowed), else major;
 * - a change compatible in both directions (an optional key added) is still minor, never patch;
 * - a type changed: by its direction. Types callers build and hand in (`*Params`, `*Options`, `*Input`,
 *   `*Config`) must still accept every old value (`const n: New.T = old`); every other type is one callers
 *   receive (`*Response`, the webhook event types), and every new value must still fit the old type
 *   (`const o: Old.T = new`). Compatible: minor; not: major ("narrowed or changed");
 * - openapi-typescript's raw `paths`, `operations`, `components` and `webhooks` interfaces mix request and
 *   response shapes, so no direction applies to them; they are listed but not graded: every change in
 *   them reaches callers through the functions and `*Params`/`*Response` types, which are graded;
 * - a generic type that changed cannot be instantiated for the check: major.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { BUMP_ORDER, type Bump } from "../bump/rules.js";
import { type ApiEntry, workspaceSourceResolution } from "./report.js";

export const RAW_TYPES = new Set(["paths", "operations", "components", "webhooks"]);
const INPUT_TYPE = /(Params|Options|Input|Config)$/;

export interface ApiChange {
  /** Package folder and report file: `calls`, `index.api.d.ts`. */
  dir: string;
  file: string;
  name: string;
  kind: ApiEntry["kind"] | "snippet";
  change: "removed" | "added" | "changed" | "changed compatibly" | "raw type changed";
  /** The level the change demands; undefined for raw types (listed, not graded). */
  bump?: Bump;
  /** Why, in a few words (with the compiler's message for an incompatible change). */
  reason: string;
}

/** The exports of a report, from its text (what is committed) as `report.ts` wrote them. */
export function parseReport(text: string): ApiEntry[] {
  const out: ApiEntry[] = [];
  for (const match of text.matchAll(/^\/\/ Re-exported from (\S+): (.*)\.$/gm)) {
    for (const name of (match[2] as string).split(", ")) out.push({ name, kind: "reexport", text: match[1] as string });
  }
  const file = ts.createSourceFile("report.d.ts", text, ts.ScriptTarget.ES2022, true);
  for (const statement of file.statements) {
    const text = statement.getText(file);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const previous = out.find((e) => e.kind === "function" && e.name === statement.name?.text);
      if (previous) previous.text += `\n${text}`;
      else out.push({ name: statement.name.text, kind: "function", text });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) out.push({ name: d.name.text, kind: "const", text });
      }
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      out.push({ name: statement.name.text, kind: "class", text });
    } else if (ts.isTypeAliasDeclaration(statement)) {
      out.push({ name: statement.name.text, kind: "type", text });
    } else if (ts.isInterfaceDeclaration(statement)) {
      out.push({ name: statement.name.text, kind: "interface", text });
    }
  }
  return out;
}

const isValue = (kind: ApiEntry["kind"]) => kind === "function" || kind === "const" || kind === "class";
/** Values by name whatever declares them (a function that becomes a const alias is the same export), types likewise. */
const key = (e: ApiEntry) => `${e.kind === "reexport" ? "reexport" : isValue(e.kind) ? "value" : "type"} ${e.name}`;

interface Pending {
  change: ApiChange;
  /** Statement(s) that compile when the change is compatible. */
  check: string;
  /** Statement(s) that compile when the two versions are equivalent (compatible both ways). */
  reverse: string;
}

/**
 * Every difference between old and new reports (dir -> file -> text), graded. `root` is the repository
 * whose `packages/<dir>/src` resolve the `import("@openphone-sdk/…")` references in the reports.
 */
export function diffReports(
  oldReports: Map<string, Map<string, string>>,
  newReports: Map<string, Map<string, string>>,
  root: string,
): ApiChange[] {
  const changes: ApiChange[] = [];
  const pending: Pending[] = [];
  const files: { path: string; text: string }[] = [];
  const imports: string[] = [];
  const dirs = [...new Set([...oldReports.keys(), ...newReports.keys()])].sort();
  let n = 0;
  for (const dir of dirs) {
    const oldFiles = oldReports.get(dir) ?? new Map<string, string>();
    const newFiles = newReports.get(dir) ?? new Map<string, string>();
    for (const file of [...new Set([...oldFiles.keys(), ...newFiles.keys()])].sort()) {
      const before = parseReport(oldFiles.get(file) ?? "");
      const after = parseReport(newFiles.get(file) ?? "");
      const oldByKey = new Map(before.map((e) => [key(e), e]));
      const newByKey = new Map(after.map((e) => [key(e), e]));
      const id = n++;
      const mod = (side: string) => `./${side}/${dir}/${file.replace(/\.d\.ts$/, "")}`;
      for (const [side, text] of [
        ["old", oldFiles.get(file)],
        ["new", newFiles.get(file)],
      ] as const) {
        if (text !== undefined) files.push({ path: `${side}/${dir}/${file}`, text });
      }
      let imported = false;
      for (const k of [...new Set([...oldByKey.keys(), ...newByKey.keys()])].sort()) {
        const a = oldByKey.get(k);
        const b = newByKey.get(k);
        const entry = (a ?? b) as ApiEntry;
        const base = { dir, file, name: entry.name, kind: entry.kind };
        if (!b) {
          changes.push({ ...base, change: "removed", bump: "major", reason: "export removed" });
          continue;
        }
        if (!a) {
          changes.push({ ...base, change: "added", bump: "minor", reason: "export added" });
          continue;
        }
        if (a.text === b.text) continue;
        if (entry.kind === "reexport") continue;
        if ((entry.kind === "interface" || entry.kind === "type") && RAW_TYPES.has(entry.name)) {
          changes.push({
            ...base,
            change: "raw type changed",
            reason:
              "openapi-typescript's raw type (request and response shapes mixed): listed, graded through the typed exports",
          });
          continue;
        }
        if (/^export (type|interface) \w+</.test(b.text) || /^export (type|interface) \w+</.test(a.text)) {
          changes.push({ ...base, change: "changed", bump: "major", reason: "generic type changed (not checked)" });
          continue;
        }
        if (!imported) {
          imports.push(`import * as O${id} from "${mod("old")}";`, `import * as N${id} from "${mod("new")}";`);
          imported = true;
        }
        const [O, N] = [`O${id}`, `N${id}`];
        const v = pending.length;
        const name = entry.name;
        let check: string;
        let reverse: string;
        let reason: string;
        if (isValue(entry.kind)) {
          check = `declare const n${v}: typeof ${N}.${name}; export const o${v}: typeof ${O}.${name} = n${v};`;
          reverse = `declare const r${v}: typeof ${O}.${name}; export const s${v}: typeof ${N}.${name} = r${v};`;
          reason = "the new one no longer fits where the old one was used";
        } else if (INPUT_TYPE.test(name)) {
          check = `declare const o${v}: ${O}.${name}; export const n${v}: ${N}.${name} = o${v};`;
          reverse = `declare const r${v}: ${N}.${name}; export const s${v}: ${O}.${name} = r${v};`;
          reason = "a value callers built for the old type is refused by the new one";
        } else {
          check = `declare const n${v}: ${N}.${name}; export const o${v}: ${O}.${name} = n${v};`;
          reverse = `declare const r${v}: ${O}.${name}; export const s${v}: ${N}.${name} = r${v};`;
          reason = "a value of the new type does not fit code written for the old one";
        }
        pending.push({ change: { ...base, change: "changed", bump: "major", reason }, check, reverse });
      }
    }
  }
  if (pending.length === 0) return changes;

  const dir = mkdtempSync(join(tmpdir(), "api-diff-"));
  try {
    for (const f of files) {
      mkdirSync(join(dir, f.path, ".."), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const lines = [...imports, ...pending.map((p) => p.check), ...pending.map((p) => p.reverse)];
    writeFileSync(join(dir, "check.ts"), `${lines.join("\n")}\n`);
    const program = ts.createProgram([join(dir, "check.ts")], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      types: [],
      ...workspaceSourceResolution(root),
    });
    const source = program.getSourceFile(join(dir, "check.ts"));
    const errorsByLine = new Map<number, string>();
    for (const d of ts.getPreEmitDiagnostics(program, source)) {
      if (d.file !== source || d.start === undefined || !source) continue;
      const line = source.getLineAndCharacterOfPosition(d.start).line;
      if (!errorsByLine.has(line)) {
        errorsByLine.set(line, ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 300));
      }
    }
    const imported = imports.length;
    for (const [i, p] of pending.entries()) {
      const error = errorsByLine.get(imported + i);
      // Compatible both ways is still a change (an optional key added is assignable in both directions),
      // and reports print every type in one sorted form: minor, never patch.
      const both = !errorsByLine.has(imported + pending.length + i);
      if (error) changes.push({ ...p.change, reason: `${p.change.reason} (${error})` });
      else {
        changes.push({
          ...p.change,
          change: "changed compatibly",
          bump: "minor",
          reason: both ? "changed; old and new accept each other" : "changed, and still accepts every old use",
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return changes.sort(
    (a, b) =>
      BUMP_ORDER[b.bump ?? "patch"] - BUMP_ORDER[a.bump ?? "patch"] || (a.dir + a.name < b.dir + b.name ? -1 : 1),
  );
}
