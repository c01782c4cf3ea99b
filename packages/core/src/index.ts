export type { Middleware } from "openapi-fetch";
export { type AnyOperation, type BoundOperations, bindOperations } from "./bind.js";
export {
  type ClientConfig,
  type ClientOptions,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type OpenPhoneClient,
  type RequestOptions,
  type SharedOptions,
  VERSION,
} from "./client.js";
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
export { request, splitParams } from "./request.js";
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
