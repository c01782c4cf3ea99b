export type { Middleware } from "openapi-fetch";
export type { AnyOperation, BoundOperations } from "./bind.js";
export {
  type ClientOptions,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RATE_LIMIT_PER_SECOND,
  DEFAULT_TIMEOUT_MS,
  type RateLimitOptions,
  type RawCallOptions,
  VERSION,
} from "./client.js";
export type { Clock } from "./clock.js";
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
  RateLimitStoreError,
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
  paginatePages,
} from "./paginate.js";
export {
  createMemoryRateLimitStore,
  type RateLimitReservation,
  type RateLimitStore,
} from "./rate-limit.js";
export { type WithResponse, withResponse } from "./request.js";
export type { ClientConfig, OpenPhoneClient, RequestOptions, RetrySafety, SharedOptions } from "./state.js";
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
export type { Format, ResponseSchemas, ResponseValidationMode, Rule } from "./validate.js";
