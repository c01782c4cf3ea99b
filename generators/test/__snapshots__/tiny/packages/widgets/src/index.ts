// Public entry point. The generator created this file once and never overwrites it:
// add hand-written helpers here, beside the generated operations.
export * from "./generated/index.js";
