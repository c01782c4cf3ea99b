// Copies the repository's spec to the package root (openapi.json, published, git-ignored) so the
// package serves the spec it was built from. At the root, not in dist/, so that the
// "@openphone-sdk/mock/openapi.json" subpath also resolves for tools without `exports` support.
import { copyFileSync } from "node:fs";

copyFileSync(new URL("../../../spec/openapi.json", import.meta.url), new URL("../openapi.json", import.meta.url));
