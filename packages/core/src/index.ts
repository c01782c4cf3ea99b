export type { Middleware } from "openapi-fetch";
export { type AnyOperation, type BoundOperations, bindOperations } from "./bind.js";
export {
  type ClientConfig,
  type ClientOptions,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RATE_LIMIT_PER_SECOND,
  DEFAULT_TIMEOUT_MS,
  type OpenPhoneClient,
  type RateLimitOptions,
  type RequestOptions,
  type SharedOptions,
  VERSION,
} from "./client.js";
export type { Clock } from "./clock.js";
export { deprecatedAlias } from "./deprecate.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorBody,
  type APIErrorItem,
  APIResponseParseError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  OpenPhoneError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";
export type { Logger, LogLevel } from "./log.js";
export {
  type BoundPaginatedOperation,
  type PageItem,
  type PageParams,
  type PageResult,
  type PaginatedOperation,
  type PaginateOptions,
  paginate,
  paginateBound,
  paginatePages,
  paginatePagesBound,
} from "./paginate.js";
export { createMemoryRateLimitStore, type RateLimitStore } from "./rate-limit.js";
export { request, splitParams, withResponse, withResponseBound } from "./request.js";
export type {
  HeaderParams,
  HttpMethod,
  JsonBody,
  OperationSpec,
  ParamLocation,
  PathParams,
  QueryParams,
  SuccessBody,
} from "./types.js";
export {
  check,
  type ResponseSchemas,
  type ResponseValidationMode,
  type Rule,
  validateParams,
} from "./validate.js";
