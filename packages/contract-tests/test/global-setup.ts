// Starts one real Prism process from spec/openapi.json for the whole run, through @openphone-sdk/mock
// (the package consumers use, so it cannot rot), and stops it afterwards.
import { fileURLToPath } from "node:url";
import { startMock } from "@openphone-sdk/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
    specPath: string;
  }
}

export default async function setup(project: TestProject) {
  const specPath = fileURLToPath(new URL("../../../spec/openapi.json", import.meta.url));
  const started = performance.now();
  const mock = await startMock({ spec: specPath });
  console.log(
    `Prism mock from spec/openapi.json on ${mock.url} (pid ${mock.pid}, ready in ${Math.round(performance.now() - started)} ms)`,
  );
  project.provide("mockUrl", mock.url);
  project.provide("specPath", specPath);
  return async () => {
    await mock.close();
  };
}
