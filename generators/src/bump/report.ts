/** The bump report for people: a summary table, then a table per package, then what to do next. */
import type { BumpReport, PackageReport } from "./bump.js";

/** A Markdown table with padded columns, readable as plain text too. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function status(p: PackageReport): string {
  if (p.status === "added") return "new package";
  if (p.status === "removed") return "REMOVED from spec";
  if (p.status === "umbrella") return "umbrella";
  return "changed";
}

export function renderReport(report: BumpReport): string {
  const out: string[] = [];
  const id = (s: BumpReport["from"]) => `${s.file} (${s.title} ${s.version}, sha256 ${s.sha256.slice(0, 12)})`;
  out.push(`spec:bump${report.dryRun ? " --dry-run" : ""}`, `  from ${id(report.from)}`, `  to   ${id(report.to)}`, "");

  if (report.packages.length === 0) {
    out.push(
      report.specChanged
        ? "No change to any package: the specs differ only in parts the SDK does not use."
        : "The new spec is identical to the current one: nothing to do.",
    );
  } else {
    out.push(
      table(
        ["package", "status", "version", "bump", "next", "changes"],
        report.packages.map((p) => [
          p.name,
          status(p),
          p.currentVersion,
          p.bump ?? "-",
          p.nextVersion,
          String(p.lines.length),
        ]),
      ),
    );
    for (const p of report.packages) {
      const versions =
        p.status === "added"
          ? `new, first release ${p.nextVersion}: written as ${p.currentVersion}, the changeset releases it`
          : `${p.currentVersion} -> ${p.nextVersion}`;
      out.push("", `${p.name}: ${p.bump ?? "not in the changeset"} (${versions})`);
      out.push(
        table(
          ["bump", "change"],
          p.lines.map((l) => [l.bump, l.text]),
        ),
      );
    }
  }
  if (report.pendingChangesets.length) {
    out.push(
      "",
      `Pending changesets: \`changeset version\` releases ${report.pendingChangesets.length === 1 ? "this one" : `these ${report.pendingChangesets.length}`} together with the spec bump:`,
      table(
        ["changeset", "releases", "summary"],
        report.pendingChangesets.map((c) => [
          c.file,
          c.releases.map((r) => `${r.name} ${r.type}`).join(", "),
          c.title.length > 80 ? `${c.title.slice(0, 79)}…` : c.title,
        ]),
      ),
    );
    const raised = report.packages.filter((p) => p.withPending);
    if (raised.length) {
      out.push(
        "",
        "With them, `changeset version` gives:",
        table(
          ["package", "this bump", "with pending", "next"],
          raised.map((p) => [p.name, p.bump ?? "-", p.withPending?.bump ?? "-", p.withPending?.nextVersion ?? "-"]),
        ),
      );
    }
  }
  // A new package's exports are all "added": one line for it, not one per export.
  const newDirs = new Set(report.packages.filter((p) => p.status === "added").map((p) => p.dir));
  const graded = report.publicApi.filter((c) => c.bump && c.bump !== "patch" && !newDirs.has(c.dir));
  if (report.publicApi.length) {
    out.push(
      "",
      `Public API (packages/*/api reports, compared by the compiler): ${graded.length} change${graded.length === 1 ? "" : "s"} graded minor or major${newDirs.size ? " besides new packages" : ""}, every package's level holds.`,
    );
    if (graded.length) {
      out.push(
        table(
          ["package", "export", "change", "demands"],
          graded.slice(0, 40).map((c) => [c.dir, c.name, c.change, c.bump ?? "-"]),
        ),
      );
      if (graded.length > 40) out.push(`… and ${graded.length - 40} more (--json lists them all)`);
    }
    for (const dir of newDirs) {
      const count = report.publicApi.filter((c) => c.dir === dir).length;
      if (count) out.push(`${dir}: new package, ${count} exports added`);
    }
  }
  for (const note of report.notes) out.push("", `note: ${note}`);
  for (const warning of report.warnings) out.push("", `WARNING: ${warning}`);

  out.push("");
  const verb = report.dryRun ? "Would write" : "Wrote";
  if (report.files.written.length || report.files.removed.length) {
    const generated = report.files.written.filter((f) => f !== report.changeset?.file && f !== report.from.file);
    const parts = [
      ...(report.specChanged ? [report.from.file] : []),
      `${generated.length} generated file${generated.length === 1 ? "" : "s"}`,
      ...(report.changeset ? [report.changeset.file] : []),
    ];
    out.push(
      `${verb} ${parts.join(", ")}${report.files.removed.length ? `; removed ${report.files.removed.length} stale generated files` : ""}.`,
    );
  } else {
    out.push("Nothing to write.");
  }
  if (report.dryRun) out.push("Dry run: nothing was written. Run again without --dry-run to apply.");
  if (report.nextSteps.length) {
    out.push("", report.dryRun ? "After applying, next steps:" : "Next steps:");
    report.nextSteps.forEach((step, i) => {
      out.push(`  ${i + 1}. ${step}`);
    });
  }
  return `${out.join("\n")}\n`;
}
