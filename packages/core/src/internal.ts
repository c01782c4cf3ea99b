/**
 * Entry point `@openphone-sdk/core/internal`: what generated packages call, not part of the public API (the
 * per-tag packages import it and do not re-export it; it may change in any release).
 */
export { type AnyOperation, type BoundOperations, bindOperations } from "./bind.js";
export { deprecatedAlias } from "./deprecate.js";
export { errorClassFor, STATUS_ERROR_CLASSES } from "./errors.js";
export { paginateBound, paginatePagesBound } from "./paginate.js";
export { request, splitParams, withResponseBound } from "./request.js";
export type { OperationSpec, ParamLocation } from "./types.js";
export { check, type Rule, validateParams } from "./validate.js";
