// Generated from spec/webhooks.openapi.json (and the spec/openapi.json schemas it references) by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./webhook-events-openapi.js";

/**
 * `call.completed`: A call ended.
 *
 * A call to or from one of the workspace's numbers ended (answered, missed, or sent to voicemail). Sent to call webhooks subscribed to `call.completed`.
 */
export type CallCompletedEvent = components["schemas"]["CallCompletedEvent"];

/**
 * A call, as `listCalls` returns each one (`GET /v1/calls`, `data[]`).
 */
export type CallObject = components["schemas"]["CallObject"];

/**
 * `call.recording.completed`: A call's recording is ready.
 *
 * The recording of a call is ready; fetch it with `getCallRecordings`. Sent to call webhooks subscribed to `call.recording.completed`.
 */
export type CallRecordingCompletedEvent = components["schemas"]["CallRecordingCompletedEvent"];

/**
 * `call.ringing`: A call is ringing.
 *
 * An incoming call is ringing one of the workspace's numbers. Sent to call webhooks subscribed to `call.ringing`.
 */
export type CallRingingEvent = components["schemas"]["CallRingingEvent"];

/**
 * `call.summary.completed`: A call's summary is ready.
 *
 * The AI summary of a call is ready. Sent to call summary webhooks subscribed to `call.summary.completed`.
 */
export type CallSummaryCompletedEvent = components["schemas"]["CallSummaryCompletedEvent"];

/**
 * A call summary, as `getCallSummary` returns it (`GET /v1/call-summaries/{callId}`, `data`).
 */
export type CallSummaryObject = components["schemas"]["CallSummaryObject"];

/**
 * `call.transcript.completed`: A call's transcript is ready.
 *
 * The transcript of a call is ready. Sent to call transcript webhooks subscribed to `call.transcript.completed`.
 */
export type CallTranscriptCompletedEvent = components["schemas"]["CallTranscriptCompletedEvent"];

/**
 * A call transcript, as `getCallTranscript` returns it (`GET /v1/call-transcripts/{id}`, `data`).
 */
export type CallTranscriptObject = components["schemas"]["CallTranscriptObject"];

/**
 * `message.delivered`: A message was delivered.
 *
 * A message sent from one of the workspace's numbers was delivered. Sent to message webhooks subscribed to `message.delivered`.
 */
export type MessageDeliveredEvent = components["schemas"]["MessageDeliveredEvent"];

/**
 * A message, as `getMessageById` returns it (`GET /v1/messages/{id}`, `data`).
 */
export type MessageObject = components["schemas"]["MessageObject"];

/**
 * `message.received`: A message was received.
 *
 * One of the workspace's numbers received a message. Sent to message webhooks subscribed to `message.received`.
 */
export type MessageReceivedEvent = components["schemas"]["MessageReceivedEvent"];

/**
 * Every webhook event this version of the SDK knows, discriminated on `type`: `switch (event.type)` or
 * `if (event.type === "message.received")` narrows `event.data.object` to the matching resource.
 */
export type WebhookEvent =
  | CallCompletedEvent
  | CallRecordingCompletedEvent
  | CallRingingEvent
  | CallSummaryCompletedEvent
  | CallTranscriptCompletedEvent
  | MessageDeliveredEvent
  | MessageReceivedEvent;

/** The `type` of every known webhook event. */
export type WebhookEventType = WebhookEvent["type"];

/** Each event type to its event: `WebhookEventMap["message.received"]` is `MessageReceivedEvent`. */
export interface WebhookEventMap {
  "call.completed": CallCompletedEvent;
  "call.recording.completed": CallRecordingCompletedEvent;
  "call.ringing": CallRingingEvent;
  "call.summary.completed": CallSummaryCompletedEvent;
  "call.transcript.completed": CallTranscriptCompletedEvent;
  "message.delivered": MessageDeliveredEvent;
  "message.received": MessageReceivedEvent;
}

/** Every known event type, sorted: an event whose `type` is not here comes from a newer API than this SDK. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  "call.completed",
  "call.recording.completed",
  "call.ringing",
  "call.summary.completed",
  "call.transcript.completed",
  "message.delivered",
  "message.received",
];
