// Starts the mocks for the whole run through @openphone-sdk/mock (the package consumers use, so it cannot
// rot), both on real Prism processes from spec/openapi.json, and stops them afterwards:
// - mockUrl: `stateful: false`, every valid request answered with Prism's example (the SDK-against-the-spec
//   tests below need each call to stand alone: deleting the example contact must not make the next test 404);
// - statefulMockUrl: the default mock (paged lists, contacts and webhooks remembered per API key), for the
//   tests of the mock itself (mock-*.test.ts) and the README examples as users run them.
import { fileURLToPath } from "node:url";
import { startMock } from "@openphone-sdk/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
    statefulMockUrl: string;
    specPath: string;
  }
}

export default async function setup(project: TestProject) {
  const specPath = fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url));
  const started = performance.now();
  const [mock, stateful] = await Promise.all([
    startMock({ spec: specPath, stateful: false }),
    startMock({ spec: specPath }),
  ]);
  console.log(
    `Prism mocks from spec/openapi.json on ${mock.url} (stateless, Prism pid ${mock.pid}) and ${stateful.url} (stateful, Prism pid ${stateful.pid}), ready in ${Math.round(performance.now() - started)} ms`,
  );
  project.provide("mockUrl", mock.url);
  project.provide("statefulMockUrl", stateful.url);
  project.provide("specPath", specPath);
  return async () => {
    await Promise.all([mock.close(), stateful.close()]);
  };
}
