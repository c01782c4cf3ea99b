/**
 * The public-API report of a package: every export of every entry point with its type written out in
 * full, as TypeScript declarations (`packages/<dir>/api/<entry>.api.d.ts`). Read with the TypeScript
 * compiler API from the declarations the build wrote (`dist/*.d.mts`), or from the sources (what
 * `spec:bump` does with freshly generated code before any build): both print the same text, because
 * every type is expanded structurally (aliases, `operations["x"]`, `SuccessBody<…>` resolved) and sorted.
 *
 * Why not API Extractor's `.api.md`: it prints each declaration as written, so `ListCallsResponse` reads
 * `SuccessBody<operations["listCalls_v1"]>` whatever the spec says, and a change shows only in the
 * raw `operations` interface, which it cannot classify. Expanded declarations show the change where a
 * caller meets it, and, being TypeScript, can be compiled against each other to say whether the new
 * type still accepts the old callers (see diff.ts).
 *
 * Types declared outside the package (core, lib, node_modules) are referenced, not expanded:
 * `import("@openphone-sdk/core").OpenPhoneClient`. Names another workspace package exports through this
 * one (`export * from "@openphone-sdk/core"`) are listed by name only: their types are that package's report.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import ts from "typescript";

export interface ApiEntry {
  /** The export's name. */
  name: string;
  kind: "function" | "const" | "class" | "type" | "interface" | "reexport";
  /** The declaration text (for `reexport`: the module it comes from). */
  text: string;
}

export interface EntryReport {
  /** The package.json `exports` key: `.`, `./response-schemas`. */
  entry: string;
  /** Report file name: `index.api.d.ts`, `response-schemas.api.d.ts`. */
  file: string;
  entries: ApiEntry[];
  text: string;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

export interface PackageEntryPoints {
  packageName: string;
  dir: string;
  /** Export key -> declaration file to read (dist/*.d.mts, or the source it is built from). */
  entries: { entry: string; file: string }[];
}

/** The entry points of a package as its package.json `exports` names them, read from `dist` or from `src`. */
export function entryPoints(packageDir: string, from: "dist" | "src"): PackageEntryPoints {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    name: string;
    exports?: Record<string, { import?: { types?: string } } | string>;
  };
  const entries: { entry: string; file: string }[] = [];
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    const types = typeof value === "object" ? value.import?.types : undefined;
    if (!types) continue;
    const dist = join(packageDir, types);
    if (from === "dist") {
      entries.push({ entry: key, file: dist });
      continue;
    }
    // dist/<name>.d.mts is built from the tsdown entry of that name (tsdown.config.ts).
    const name = types.replace(/^\.\/dist\//, "").replace(/\.d\.mts$/, "");
    const config = readFileSync(join(packageDir, "tsdown.config.ts"), "utf8");
    const source = new RegExp(`["']?${name.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")}["']?:\\s*"([^"]+)"`).exec(
      config,
    )?.[1];
    if (!source) throw new Error(`${packageDir}: no tsdown entry "${name}" for exports["${key}"]`);
    entries.push({ entry: key, file: join(packageDir, source) });
  }
  return { packageName: manifest.name, dir: packageDir, entries };
}

/**
 * Compiler options that resolve `@openphone-sdk/*` imports to the workspace packages' sources (`paths`), so
 * nothing needs to be built: the API reports in `src` mode, the diff's assignability checks and the consumer
 * snippets all compile this way.
 */
export function workspaceSourceResolution(root: string): ts.CompilerOptions {
  return {
    baseUrl: root,
    paths: { "@openphone-sdk/*": ["packages/*/src/index.ts"] },
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
  };
}

/**
 * One program over every entry of the given packages. In `src` mode, `@openphone-sdk/*` imports resolve
 * to the workspace packages' sources (`paths`), so nothing needs to be built.
 */
export function createApiProgram(packages: PackageEntryPoints[], root: string, from: "dist" | "src"): ts.Program {
  const options: ts.CompilerOptions =
    from === "src" ? { ...COMPILER_OPTIONS, ...workspaceSourceResolution(root) } : { ...COMPILER_OPTIONS };
  return ts.createProgram(
    packages.flatMap((p) => p.entries.map((e) => e.file)),
    options,
  );
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propertyName = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

const nearestPackage = new Map<string, { dir: string; name: string } | undefined>();

/** The package.json nearest above `file` that has a name: its folder and name. */
function packageOf(file: string): { dir: string; name: string } | undefined {
  const start = dirname(file);
  if (nearestPackage.has(start)) return nearestPackage.get(start);
  let found: { dir: string; name: string } | undefined;
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
      if (name) {
        found = { dir, name };
        break;
      }
    }
    if (dirname(dir) === dir) break;
  }
  nearestPackage.set(start, found);
  return found;
}

/**
 * Where a declaration comes from: this package, TypeScript's lib, or another package (named by the
 * nearest package.json, so a workspace package reads the same through a symlink, `paths` or node_modules).
 */
function originOf(file: string, packageDir: string): { kind: "own" | "lib" | "module"; module?: string } {
  let real = file;
  try {
    real = realpathSync(file);
  } catch {}
  if (/[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(real)) return { kind: "lib" };
  const own = realpathSync(packageDir);
  if (real.startsWith(own + sep)) return { kind: "own" };
  const pkg = packageOf(real);
  if (!pkg) return { kind: "lib" };
  const name = pkg.name.startsWith("@types/") ? pkg.name.slice(7).replace(/^(.+)__(.+)$/, "@$1/$2") : pkg.name;
  return { kind: "module", module: name };
}

class Printer {
  private readonly active = new Set<ts.Type>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly packageDir: string,
  ) {}

  /** A declared-elsewhere symbol's name as a type reference, or undefined when it is this package's own. */
  private external(symbol: ts.Symbol | undefined): string | undefined {
    const declaration = symbol?.declarations?.[0];
    // Anonymous object and mapped types (`__type`, `__object`) are written out wherever they come from.
    if (!symbol || !declaration || symbol.name.startsWith("__")) return undefined;
    const origin = originOf(declaration.getSourceFile().fileName, this.packageDir);
    if (origin.kind === "own") return undefined;
    const name = this.checker.getFullyQualifiedName(symbol).replace(/^".*"\./, "");
    return origin.kind === "lib" ? name : `import(${JSON.stringify(origin.module)}).${name}`;
  }

  type(type: ts.Type, depth = 0): string {
    const { checker } = this;
    const f = type.flags;
    if (depth > 40) return "unknown";
    if (f & ts.TypeFlags.TypeParameter) return type.symbol?.name ?? "unknown";
    if (
      f &
      (ts.TypeFlags.Any |
        ts.TypeFlags.Unknown |
        ts.TypeFlags.Never |
        ts.TypeFlags.String |
        ts.TypeFlags.Number |
        ts.TypeFlags.Boolean |
        ts.TypeFlags.BigInt |
        ts.TypeFlags.Undefined |
        ts.TypeFlags.Null |
        ts.TypeFlags.Void |
        ts.TypeFlags.ESSymbol |
        ts.TypeFlags.UniqueESSymbol |
        ts.TypeFlags.StringLiteral |
        ts.TypeFlags.NumberLiteral |
        ts.TypeFlags.BigIntLiteral |
        ts.TypeFlags.BooleanLiteral |
        ts.TypeFlags.TemplateLiteral |
        ts.TypeFlags.NonPrimitive)
    ) {
      return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
    }
    if (type.isUnion()) {
      const members = type.types.map((t) => this.type(t, depth + 1));
      // `true | false` is how the checker holds `boolean`.
      const set = new Set(members);
      if (set.has("true") && set.has("false")) {
        set.delete("true");
        set.delete("false");
        set.add("boolean");
      }
      return [...set].sort().join(" | ");
    }
    if (type.isIntersection()) {
      if (type.types.every((t) => t.flags & ts.TypeFlags.Object && !this.external(t.symbol))) {
        return this.object(type, depth);
      }
      return type.types
        .map((t) => this.type(t, depth + 1))
        .sort()
        .map((t) => (t.includes("|") || t.includes("=>") ? `(${t})` : t))
        .join(" & ");
    }
    if (f & ts.TypeFlags.Object) {
      if (checker.isArrayType(type) || checker.isTupleType(type)) {
        const args = checker.getTypeArguments(type as ts.TypeReference).map((t) => this.type(t, depth + 1));
        const readonly = type.symbol?.name === "ReadonlyArray" ? "readonly " : "";
        if (checker.isTupleType(type)) return `${readonly}[${args.join(", ")}]`;
        const item = args[0] ?? "unknown";
        return `${readonly}${/[|&=]/.test(item) ? `(${item})` : item}[]`;
      }
      const named = this.external(type.symbol);
      if (named) {
        const args =
          (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
            ? checker.getTypeArguments(type as ts.TypeReference).map((t) => this.type(t, depth + 1))
            : (type.aliasTypeArguments ?? []).map((t) => this.type(t, depth + 1));
        return args.length ? `${named}<${args.join(", ")}>` : named;
      }
      return this.object(type, depth);
    }
    // Unresolved generic forms (conditional, indexed access on a type parameter): by the alias they were written with.
    const alias = this.external(type.aliasSymbol);
    if (alias) {
      const args = (type.aliasTypeArguments ?? []).map((t) => this.type(t, depth + 1));
      return args.length ? `${alias}<${args.join(", ")}>` : alias;
    }
    return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  }

  signature(sig: ts.Signature, depth: number, arrow: boolean, withReturn = true): string {
    const { checker } = this;
    const typeParams = sig.getTypeParameters() ?? [];
    const tp = typeParams.length
      ? `<${typeParams
          .map((p) => {
            const constraint = p.getConstraint();
            return constraint ? `${p.symbol.name} extends ${this.type(constraint, depth + 1)}` : p.symbol.name;
          })
          .join(", ")}>`
      : "";
    const params = sig.getParameters().map((p) => {
      const declaration = p.valueDeclaration as ts.ParameterDeclaration | undefined;
      const rest = declaration?.dotDotDotToken ? "..." : "";
      const optional = declaration && checker.isOptionalParameter(declaration) && !rest ? "?" : "";
      let type = checker.getTypeOfSymbol(p);
      // An optional parameter's type includes `undefined`; the `?` says so already.
      if (optional) type = checker.getNonNullableType(type).flags & ts.TypeFlags.Never ? type : removeUndefined(type);
      return `${rest}${p.name}${optional}: ${this.type(type, depth + 1)}`;
    });
    if (!withReturn) return `${tp}(${params.join(", ")})`;
    const ret = this.type(sig.getReturnType(), depth + 1);
    return `${tp}(${params.join(", ")})${arrow ? " => " : ": "}${ret}`;
  }

  object(type: ts.Type, depth: number): string {
    const { checker } = this;
    if (this.active.has(type)) return "unknown /* recursive */";
    this.active.add(type);
    try {
      const calls = type.getCallSignatures();
      const constructs = type.getConstructSignatures();
      const props = checker.getPropertiesOfType(type);
      const indexes = checker.getIndexInfosOfType(type);
      if (calls.length === 1 && !constructs.length && !props.length && !indexes.length) {
        return `(${this.signature(calls[0] as ts.Signature, depth, true)})`;
      }
      const indent = "  ".repeat(depth + 1);
      const members: string[] = [];
      for (const sig of calls) members.push(`${indent}${this.signature(sig, depth + 1, false)};`);
      for (const sig of constructs) members.push(`${indent}new ${this.signature(sig, depth + 1, false)};`);
      for (const info of indexes) {
        members.push(
          `${indent}${info.isReadonly ? "readonly " : ""}[key: ${this.type(info.keyType, depth + 1)}]: ${this.type(info.type, depth + 1)};`,
        );
      }
      for (const prop of [...props].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (prop.name.startsWith("__@") || prop.name.startsWith("#")) continue;
        const optional = prop.flags & ts.SymbolFlags.Optional ? "?" : "";
        const declaration = prop.valueDeclaration ?? prop.declarations?.[0];
        const modifiers = declaration ? ts.getCombinedModifierFlags(declaration) : 0;
        if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
        const readonly = modifiers & ts.ModifierFlags.Readonly || isReadonlyProperty(prop) ? "readonly " : "";
        let propType = checker.getTypeOfSymbol(prop);
        if (optional) propType = removeUndefined(propType);
        members.push(`${indent}${readonly}${propertyName(prop.name)}${optional}: ${this.type(propType, depth + 1)};`);
      }
      return members.length ? `{\n${members.join("\n")}\n${"  ".repeat(depth)}}` : "{}";
    } finally {
      this.active.delete(type);
    }
  }

  /** The declarations of one exported symbol. */
  entries(name: string, symbol: ts.Symbol): ApiEntry[] {
    const { checker } = this;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration) return [];
    const origin = originOf(declaration.getSourceFile().fileName, this.packageDir);
    if (origin.kind !== "own") return [{ name, kind: "reexport", text: origin.module ?? "lib" }];
    const out: ApiEntry[] = [];
    const flags = target.flags;
    if (flags & ts.SymbolFlags.Class) {
      const instance = checker.getDeclaredTypeOfSymbol(target);
      const statics = checker.getTypeOfSymbol(target);
      // `extends import("…").X` is not valid in a class declaration: the base is named in a comment, and
      // its public members are listed with the class's own.
      const heritage = instance
        .getBaseTypes()
        ?.map((b) => this.type(b, 0))
        .join(", ");
      const ctors = statics.getConstructSignatures().map((s) => `  constructor${this.signature(s, 1, false, false)};`);
      const body = this.object(instance, 0);
      const members = body === "{}" ? [] : body.slice(2, -2).split("\n");
      const staticProps = checker
        .getPropertiesOfType(statics)
        .filter((p) => p.name !== "prototype" && !p.name.startsWith("__@"))
        .map((p) => `  static ${propertyName(p.name)}: ${this.type(checker.getTypeOfSymbol(p), 1)};`);
      out.push({
        name,
        kind: "class",
        text: `${heritage ? `/** extends ${heritage} */\n` : ""}export declare class ${name} {\n${[...staticProps, ...ctors, ...members].join("\n")}\n}`,
      });
    } else if (flags & ts.SymbolFlags.Function) {
      const sigs = checker.getSignaturesOfType(checker.getTypeOfSymbol(target), ts.SignatureKind.Call);
      out.push({
        name,
        kind: "function",
        text: sigs.map((s) => `export declare function ${name}${this.signature(s, 0, false)};`).join("\n"),
      });
    } else if (flags & ts.SymbolFlags.Variable) {
      out.push({
        name,
        kind: "const",
        text: `export declare const ${name}: ${this.type(checker.getTypeOfSymbol(target), 0)};`,
      });
    }
    if (flags & ts.SymbolFlags.TypeAlias) {
      const declared = checker.getDeclaredTypeOfSymbol(target);
      const params = (declaration as ts.TypeAliasDeclaration).typeParameters?.map((p) => p.name.text) ?? [];
      out.push({
        name,
        kind: "type",
        text: `export type ${name}${params.length ? `<${params.join(", ")}>` : ""} = ${this.type(declared, 0)};`,
      });
    } else if (flags & ts.SymbolFlags.Interface && !(flags & ts.SymbolFlags.Class)) {
      out.push({
        name,
        kind: "interface",
        text: `export interface ${name} ${this.object(checker.getDeclaredTypeOfSymbol(target), 0)}`,
      });
    }
    return out;
  }
}

/**
 * Readonly without a `readonly` modifier: properties of an `as const` literal, or of a mapped type over
 * one. The checker keeps that in check flags, which its public API does not expose; the internal helper
 * is read defensively (absent, such properties print without `readonly` in both modes alike).
 */
const getCheckFlags = (ts as unknown as { getCheckFlags?: (symbol: ts.Symbol) => number }).getCheckFlags;
const READONLY_CHECK_FLAG = (ts as unknown as { CheckFlags?: { Readonly?: number } }).CheckFlags?.Readonly ?? 8;
function isReadonlyProperty(prop: ts.Symbol): boolean {
  return getCheckFlags ? (getCheckFlags(prop) & READONLY_CHECK_FLAG) !== 0 : false;
}

function removeUndefined(type: ts.Type): ts.Type {
  if (!type.isUnion()) return type;
  const kept = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  if (kept.length === type.types.length) return type;
  if (kept.length === 1) return kept[0] as ts.Type;
  // A union without `undefined`: the checker has no public constructor for it, so print it from parts.
  return Object.assign(Object.create(Object.getPrototypeOf(type)), type, { types: kept }) as ts.Type;
}

/** The report of one entry point of one package, from `program`. */
export function reportEntry(
  program: ts.Program,
  pkg: PackageEntryPoints,
  entry: { entry: string; file: string },
): EntryReport {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry.file);
  if (!file) throw new Error(`${entry.file}: not found (run the build first?)`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const printer = new Printer(checker, pkg.dir);
  const entries: ApiEntry[] = [];
  for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    entries.push(...printer.entries(symbol.name, symbol));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : 1));
  const name = entry.entry === "." ? "index" : entry.entry.replace(/^\.\//, "").replace(/\//g, "-");
  const own = entries.filter((e) => e.kind !== "reexport");
  const reexports = new Map<string, string[]>();
  for (const e of entries.filter((x) => x.kind === "reexport")) {
    reexports.set(e.text, [...(reexports.get(e.text) ?? []), e.name]);
  }
  const lines = [
    `// Public API report of ${pkg.packageName}${entry.entry === "." ? "" : `/${entry.entry.slice(2)}`}: every export, its type written out in full.`,
    "// Generated by `pnpm build` (turbo task api-report) from the built declarations, or `pnpm api:report`; do not edit.",
    "// CI fails when it differs from the build.",
    "// spec:bump compiles the report before a spec change against the one after it (generators/README.md).",
    "",
  ];
  for (const [module, names] of [...reexports].sort()) {
    lines.push(`// Re-exported from ${module}: ${names.join(", ")}.`, `export {} from ${JSON.stringify(module)};`, "");
  }
  for (const e of own) lines.push(e.text, "");
  return { entry: entry.entry, file: `${name}.api.d.ts`, entries, text: `${lines.join("\n").trimEnd()}\n` };
}

/** Reports of every entry point of each package, in one program. */
export function reportPackages(root: string, dirs: string[], from: "dist" | "src"): Map<string, EntryReport[]> {
  const packages = dirs.map((dir) => entryPoints(join(root, "packages", dir), from));
  const program = createApiProgram(packages, root, from);
  const out = new Map<string, EntryReport[]>();
  for (const [i, pkg] of packages.entries()) {
    out.set(
      dirs[i] as string,
      pkg.entries.map((e) => reportEntry(program, pkg, e)),
    );
  }
  return out;
}

export const REPORT_DIR = "api";
export const reportPath = (root: string, dir: string, file: string) => join(root, "packages", dir, REPORT_DIR, file);

/**
 * The packages that get a report: every package the generator makes from the spec (a `src/generated`
 * folder) and the umbrella, by folder, sorted.
 */
export function reportedPackages(root: string): string[] {
  const packages = join(root, "packages");
  return readdirSync(packages, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packages, d.name, "src", "generated")))
    .map((d) => d.name)
    .sort();
}
