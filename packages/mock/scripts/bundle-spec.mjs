// Copies the repository's spec into dist/ so the published package serves the spec it was built from.
import { copyFileSync, mkdirSync } from "node:fs";

const source = new URL("../../../spec/openapi.json", import.meta.url);
mkdirSync(new URL("../dist/", import.meta.url), { recursive: true });
copyFileSync(source, new URL("../dist/openapi.json", import.meta.url));
