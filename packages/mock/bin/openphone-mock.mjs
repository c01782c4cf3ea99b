#!/usr/bin/env node
// openphone-mock [--port 4010] [--host 127.0.0.1] [--spec file.json] [--dynamic]
// Runs a Prism mock of the OpenPhone API until stopped (Ctrl-C). PORT overrides the default port.
import { parseArgs } from "node:util";
import { startMock } from "../dist/index.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    spec: { type: "string" },
    dynamic: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log("usage: openphone-mock [--port 4010] [--host 127.0.0.1] [--spec openapi.json] [--dynamic]");
  process.exit(0);
}
const port = Number(values.port ?? process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`openphone-mock: invalid port ${JSON.stringify(values.port ?? process.env.PORT)}`);
  process.exit(2);
}
const mock = await startMock({ port, host: values.host, spec: values.spec, dynamic: values.dynamic, verbose: true });
console.log(`openphone-mock: OpenPhone API mock listening on ${mock.url} (Prism pid ${mock.pid}); Ctrl-C to stop`);
const shutdown = async () => {
  await mock.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
// Keep the process alive while Prism runs.
setInterval(() => {}, 1 << 30);
