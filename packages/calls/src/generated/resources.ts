// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A call, as the API returns it.
 *
 * Returned by `listCalls`.
 */
export interface Call extends NonNullable<components["schemas"]["Call"]> {}

/**
 * A call recording, as the API returns it.
 *
 * Returned by `getCallRecordings`.
 */
export interface CallRecording extends NonNullable<components["schemas"]["CallRecording"]> {}

/**
 * A call summary, as the API returns it.
 *
 * Returned by `getCallSummary`.
 */
export interface CallSummary extends NonNullable<components["schemas"]["CallSummary"]> {}

/**
 * A call transcript, as the API returns it.
 *
 * Returned by `getCallTranscript`.
 */
export interface CallTranscript extends NonNullable<components["schemas"]["CallTranscript"]> {}
