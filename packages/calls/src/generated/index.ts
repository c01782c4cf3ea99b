// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { getCallRecordings, getCallSummary, getCallTranscript, listCalls } from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  GetCallRecordingsParams,
  GetCallRecordingsResponse,
  GetCallSummaryParams,
  GetCallSummaryResponse,
  GetCallTranscriptParams,
  GetCallTranscriptResponse,
  ListCallsParams,
  ListCallsResponse,
} from "./operations.js";
export type {
  Call,
  CallRecording,
  CallSummary,
  CallTranscript,
} from "./resources.js";
export {
  getCallRecordings,
  getCallRecordingsOperation,
  getCallSummary,
  getCallSummaryOperation,
  getCallTranscript,
  getCallTranscriptOperation,
  listCalls,
  listCallsOperation,
} from "./operations.js";

/**
 * Every Calls operation by name: what the umbrella client binds as `.calls`.
 */
export const callsOperations = {
  getCallRecordings,
  getCallSummary,
  getCallTranscript,
  listCalls,
} as const;
