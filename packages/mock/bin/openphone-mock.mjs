#!/usr/bin/env node
// openphone-mock [--port 4010] [--host 127.0.0.1] [--spec file.json] [--dynamic] [--stateless] [--list-size 25]
// Runs the OpenPhone API mock (Prism behind the mock's front server) until stopped (Ctrl-C, SIGTERM, or the
// process that started it exits: see onParentExit). PORT overrides the default port.
// openphone-mock trigger <event> --url <url> --key <key> [--generation v3|v4|2026-03-30]
// Posts one signed sample webhook delivery to a local receiver and prints its answer (src/trigger.ts).
import { parseArgs } from "node:util";

if (process.argv[2] === "trigger") {
  const { runTriggerCli } = await import("../dist/trigger.mjs");
  process.exit(await runTriggerCli(process.argv.slice(3)));
}
const { onParentExit, startMock } = await import("../dist/index.mjs");

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    spec: { type: "string" },
    dynamic: { type: "boolean", default: false },
    stateless: { type: "boolean", default: false },
    "list-size": { type: "string" },
    "no-exit-with-parent": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(
    "usage: openphone-mock [--port 4010] [--host 127.0.0.1] [--spec openapi.json] [--dynamic] [--stateless] [--list-size 25] [--no-exit-with-parent]\n       openphone-mock trigger <event> --url <url> --key <key> [--generation v3|v4|2026-03-30]  (see openphone-mock trigger --help)",
  );
  process.exit(0);
}
const port = Number(values.port ?? process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`openphone-mock: invalid port ${JSON.stringify(values.port ?? process.env.PORT)}`);
  process.exit(2);
}
const listSize = values["list-size"] === undefined ? undefined : Number(values["list-size"]);
if (listSize !== undefined && !(Number.isInteger(listSize) && listSize > 0)) {
  console.error(`openphone-mock: --list-size must be a positive integer, got ${JSON.stringify(values["list-size"])}`);
  process.exit(2);
}
// npm exec does not pass SIGTERM on: stop when the process that ran `npx openphone-mock` is gone. Watch from
// the start, so a parent that exits while Prism starts is noticed too.
let mock;
const shutdown = async () => {
  await mock?.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
process.on("SIGHUP", shutdown);
if (!values["no-exit-with-parent"]) onParentExit(shutdown);
mock = await startMock({
  port,
  host: values.host,
  spec: values.spec,
  dynamic: values.dynamic,
  stateful: !values.stateless,
  listSize,
  verbose: true,
});
console.log(
  `openphone-mock: OpenPhone API mock listening on ${mock.url} (pid ${process.pid}, Prism pid ${mock.pid}); Ctrl-C to stop`,
);
// Keep the process alive while Prism runs.
setInterval(() => {}, 1 << 30);
