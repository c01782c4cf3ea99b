// Generated from spec/webhooks.openapi.json (and the spec/openapi.json schemas it references) by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./webhook-events-openapi.js";

/**
 * `call.answered`: A call was answered.
 *
 * A call was connected; `answeredByUserId` names the user when known. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallAnsweredEvent = components["schemas"]["CallAnsweredEvent"];

/**
 * `call.answered` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallAnsweredEventV20260330 = components["schemas"]["CallAnsweredEventV20260330"];

/**
 * `call.completed`: A call ended.
 *
 * A call ended (answered, missed, or sent to voicemail). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallCompletedEvent = components["schemas"]["CallCompletedEvent"];

/**
 * `call.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallCompletedEventV20260330 = components["schemas"]["CallCompletedEventV20260330"];

/**
 * `call.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type CallCompletedEventV3 = components["schemas"]["CallCompletedEventV3"];

/**
 * `call.completed` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type CallCompletedEventV4 = components["schemas"]["CallCompletedEventV4"];

/**
 * The surroundings of a 2026-03-30 call event.
 */
export type CallContextV20260330 = components["schemas"]["CallContextV20260330"];

/**
 * `call.forwarded`: A call was forwarded.
 *
 * An incoming call was forwarded (`forwardedFrom`, `forwardedTo`). New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallForwardedEvent = components["schemas"]["CallForwardedEvent"];

/**
 * `call.forwarded` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallForwardedEventV20260330 = components["schemas"]["CallForwardedEventV20260330"];

/**
 * `call.missed`: A call was missed.
 *
 * An incoming call ended without being answered. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallMissedEvent = components["schemas"]["CallMissedEvent"];

/**
 * `call.missed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallMissedEventV20260330 = components["schemas"]["CallMissedEventV20260330"];

/**
 * A call, as `listCalls` returns each one (`GET /v1/calls`, `data[]`).
 */
export type CallObject = components["schemas"]["CallObject"];

/**
 * `call.recording.completed`: A call's recording is ready.
 *
 * The recording of a call finished processing (may arrive after `call.completed`). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallRecordingCompletedEvent = components["schemas"]["CallRecordingCompletedEvent"];

/**
 * `call.recording.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallRecordingCompletedEventV20260330 = components["schemas"]["CallRecordingCompletedEventV20260330"];

/**
 * `call.recording.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type CallRecordingCompletedEventV3 = components["schemas"]["CallRecordingCompletedEventV3"];

/**
 * `call.recording.completed` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type CallRecordingCompletedEventV4 = components["schemas"]["CallRecordingCompletedEventV4"];

/**
 * The call of a 2026-03-30 call event; which fields are present depends on the event (`call.ringing` carries the fewest).
 */
export type CallResourceV20260330 = components["schemas"]["CallResourceV20260330"];

/**
 * `call.ringing`: A call is ringing.
 *
 * A call started ringing (incoming, and for the new system outgoing too). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallRingingEvent = components["schemas"]["CallRingingEvent"];

/**
 * `call.ringing` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallRingingEventV20260330 = components["schemas"]["CallRingingEventV20260330"];

/**
 * `call.ringing` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type CallRingingEventV3 = components["schemas"]["CallRingingEventV3"];

/**
 * `call.ringing` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type CallRingingEventV4 = components["schemas"]["CallRingingEventV4"];

/**
 * `call.summary.completed`: A call's summary is ready.
 *
 * The AI summary of a call is ready (may arrive long after the call). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallSummaryCompletedEvent = components["schemas"]["CallSummaryCompletedEvent"];

/**
 * `call.summary.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallSummaryCompletedEventV20260330 = components["schemas"]["CallSummaryCompletedEventV20260330"];

/**
 * `call.summary.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type CallSummaryCompletedEventV3 = components["schemas"]["CallSummaryCompletedEventV3"];

/**
 * `call.summary.completed` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type CallSummaryCompletedEventV4 = components["schemas"]["CallSummaryCompletedEventV4"];

/**
 * A call summary, as `getCallSummary` returns it (`GET /v1/call-summaries/{callId}`, `data`).
 */
export type CallSummaryObject = components["schemas"]["CallSummaryObject"];

/**
 * The summary of a 2026-03-30 `call.summary.completed` event.
 */
export type CallSummaryResourceV20260330 = components["schemas"]["CallSummaryResourceV20260330"];

/**
 * A call summary in a legacy app webhook (`v2`/`v3`). No captured delivery is published: modelled on the REST summary with only `callId` required.
 */
export type CallSummaryV3 = components["schemas"]["CallSummaryV3"];

/**
 * A call summary in a legacy API webhook (`v4`): the REST summary.
 */
export type CallSummaryV4 = components["schemas"]["CallSummaryV4"];

/**
 * `call.transcript.completed`: A call's transcript is ready.
 *
 * The transcript of a call is ready (in no fixed order with the summary). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallTranscriptCompletedEvent = components["schemas"]["CallTranscriptCompletedEvent"];

/**
 * `call.transcript.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallTranscriptCompletedEventV20260330 = components["schemas"]["CallTranscriptCompletedEventV20260330"];

/**
 * `call.transcript.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type CallTranscriptCompletedEventV3 = components["schemas"]["CallTranscriptCompletedEventV3"];

/**
 * `call.transcript.completed` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type CallTranscriptCompletedEventV4 = components["schemas"]["CallTranscriptCompletedEventV4"];

/**
 * A call transcript, as `getCallTranscript` returns it (`GET /v1/call-transcripts/{id}`, `data`).
 */
export type CallTranscriptObject = components["schemas"]["CallTranscriptObject"];

/**
 * The transcript of a 2026-03-30 `call.transcript.completed` event.
 */
export type CallTranscriptResourceV20260330 = components["schemas"]["CallTranscriptResourceV20260330"];

/**
 * A call transcript in a legacy app webhook (`v2`/`v3`). No captured delivery is published: modelled on the REST transcript with only `callId` required.
 */
export type CallTranscriptV3 = components["schemas"]["CallTranscriptV3"];

/**
 * A call transcript in a legacy API webhook (`v4`): the REST transcript.
 */
export type CallTranscriptV4 = components["schemas"]["CallTranscriptV4"];

/**
 * A call in a legacy app webhook (`v2`/`v3`): `from` / `to` strings, `media` (the recording) and `voicemail`; none of `participants`, `answeredBy`, `initiatedBy`, `duration`, `forwardedFrom`, `forwardedTo`, `updatedAt`.
 */
export type CallV3 = components["schemas"]["CallV3"];

/**
 * A call in a legacy API webhook (`v4`): the REST call plus `object` and `contactIds`.
 */
export type CallV4 = components["schemas"]["CallV4"];

/**
 * `call.voicemail.completed`: A voicemail is ready.
 *
 * A voicemail was left and finished processing; `callId` names the call. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallVoicemailCompletedEvent = components["schemas"]["CallVoicemailCompletedEvent"];

/**
 * `call.voicemail.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type CallVoicemailCompletedEventV20260330 = components["schemas"]["CallVoicemailCompletedEventV20260330"];

/**
 * The surroundings of a 2026-03-30 contact event.
 */
export type ContactContextV20260330 = components["schemas"]["ContactContextV20260330"];

/**
 * `contact.deleted`: A contact was deleted.
 *
 * A contact was deleted; the object is the contact as it was. Not sent to webhooks created through `/v1/webhooks/*`. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type ContactDeletedEvent = components["schemas"]["ContactDeletedEvent"];

/**
 * `contact.deleted` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type ContactDeletedEventV20260330 = components["schemas"]["ContactDeletedEventV20260330"];

/**
 * `contact.deleted` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type ContactDeletedEventV3 = components["schemas"]["ContactDeletedEventV3"];

/**
 * The contacts matched to the other party. `lookupStatus` says why `ids` may be empty: `none` (no match) or `unavailable` (not looked up: treat `ids` as unknown).
 */
export type ContactLookupV20260330 = components["schemas"]["ContactLookupV20260330"];

/**
 * The contact of a 2026-03-30 contact event (`contact.deleted` has the same shape).
 */
export type ContactResourceV20260330 = components["schemas"]["ContactResourceV20260330"];

/**
 * `contact.updated`: A contact was created or changed.
 *
 * A contact was created or its fields changed. Not sent to webhooks created through `/v1/webhooks/*`. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type ContactUpdatedEvent = components["schemas"]["ContactUpdatedEvent"];

/**
 * `contact.updated` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type ContactUpdatedEventV20260330 = components["schemas"]["ContactUpdatedEventV20260330"];

/**
 * `contact.updated` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type ContactUpdatedEventV3 = components["schemas"]["ContactUpdatedEventV3"];

/**
 * A contact in a legacy app webhook (`v2`/`v3`, `contact.updated` / `contact.deleted`): its own shape, with custom fields as `fields: { <label>: [values] }`.
 */
export type ContactV3 = components["schemas"]["ContactV3"];

/**
 * Links of a 2026-03-30 event.
 */
export type LinksV20260330 = components["schemas"]["LinksV20260330"];

/**
 * The surroundings of a 2026-03-30 message event.
 */
export type MessageContextV20260330 = components["schemas"]["MessageContextV20260330"];

/**
 * `message.delivered`: A message was delivered.
 *
 * A message sent from one of the workspace's numbers was delivered (not a read receipt). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageDeliveredEvent = components["schemas"]["MessageDeliveredEvent"];

/**
 * `message.delivered` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageDeliveredEventV20260330 = components["schemas"]["MessageDeliveredEventV20260330"];

/**
 * `message.delivered` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type MessageDeliveredEventV3 = components["schemas"]["MessageDeliveredEventV3"];

/**
 * `message.delivered` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type MessageDeliveredEventV4 = components["schemas"]["MessageDeliveredEventV4"];

/**
 * `message.failed`: A message failed.
 *
 * An outgoing message failed to deliver; `errorCode` carries the carrier's or provider's code when known. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageFailedEvent = components["schemas"]["MessageFailedEvent"];

/**
 * `message.failed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageFailedEventV20260330 = components["schemas"]["MessageFailedEventV20260330"];

/**
 * A message, as `getMessageById` returns it (`GET /v1/messages/{id}`, `data`).
 */
export type MessageObject = components["schemas"]["MessageObject"];

/**
 * `message.received`: A message was received.
 *
 * One of the workspace's numbers received a message. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageReceivedEvent = components["schemas"]["MessageReceivedEvent"];

/**
 * `message.received` from webhooks of the new system, version 2026-03-30 (Standard Webhooks).
 */
export type MessageReceivedEventV20260330 = components["schemas"]["MessageReceivedEventV20260330"];

/**
 * `message.received` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`).
 */
export type MessageReceivedEventV3 = components["schemas"]["MessageReceivedEventV3"];

/**
 * `message.received` from legacy webhooks created through the API (`apiVersion` `v4`).
 */
export type MessageReceivedEventV4 = components["schemas"]["MessageReceivedEventV4"];

/**
 * The message of a 2026-03-30 message event. Sender and recipients are in `context`.
 */
export type MessageResourceV20260330 = components["schemas"]["MessageResourceV20260330"];

/**
 * A message in a legacy app webhook (`v2`/`v3`): the text is `body` (not `text`), `to` is one string (comma-joined when there are several recipients), and there is no `updatedAt`.
 */
export type MessageV3 = components["schemas"]["MessageV3"];

/**
 * A message in a legacy API webhook (`v4`): the REST message plus `object` and `contactIds`; `status` is `received` on incoming messages (which the REST enum lacks), and `updatedAt` may be absent.
 */
export type MessageV4 = components["schemas"]["MessageV4"];

/**
 * The phone numbers on a call. With `resolution: "unavailable"`, empty arrays mean unknown, not none.
 */
export type ParticipantsV20260330 = components["schemas"]["ParticipantsV20260330"];

/**
 * The voicemail of a 2026-03-30 `call.voicemail.completed` event.
 */
export type VoicemailResourceV20260330 = components["schemas"]["VoicemailResourceV20260330"];

/**
 * Every webhook event this version of the SDK knows, discriminated on `type`: `switch (event.type)` or
 * `if (event.type === "message.received")` narrows to that event in every generation that sends it;
 * `event.apiVersion` then narrows to one generation (and `event.data.object` or `event.data.resource`).
 */
export type WebhookEvent =
  | CallAnsweredEvent
  | CallCompletedEvent
  | CallForwardedEvent
  | CallMissedEvent
  | CallRecordingCompletedEvent
  | CallRingingEvent
  | CallSummaryCompletedEvent
  | CallTranscriptCompletedEvent
  | CallVoicemailCompletedEvent
  | ContactDeletedEvent
  | ContactUpdatedEvent
  | MessageDeliveredEvent
  | MessageFailedEvent
  | MessageReceivedEvent;

/** The `type` of every known webhook event. */
export type WebhookEventType = WebhookEvent["type"];

/** The `apiVersion` of every known webhook event: one value (or two) per generation. */
export type WebhookApiVersion = WebhookEvent["apiVersion"];

/** Each event type to its event: `WebhookEventMap["message.received"]` is `MessageReceivedEvent`. */
export interface WebhookEventMap {
  "call.answered": CallAnsweredEvent;
  "call.completed": CallCompletedEvent;
  "call.forwarded": CallForwardedEvent;
  "call.missed": CallMissedEvent;
  "call.recording.completed": CallRecordingCompletedEvent;
  "call.ringing": CallRingingEvent;
  "call.summary.completed": CallSummaryCompletedEvent;
  "call.transcript.completed": CallTranscriptCompletedEvent;
  "call.voicemail.completed": CallVoicemailCompletedEvent;
  "contact.deleted": ContactDeletedEvent;
  "contact.updated": ContactUpdatedEvent;
  "message.delivered": MessageDeliveredEvent;
  "message.failed": MessageFailedEvent;
  "message.received": MessageReceivedEvent;
}

/** Every known event type, sorted: an event whose `type` is not here comes from a newer API than this SDK. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  "call.answered",
  "call.completed",
  "call.forwarded",
  "call.missed",
  "call.recording.completed",
  "call.ringing",
  "call.summary.completed",
  "call.transcript.completed",
  "call.voicemail.completed",
  "contact.deleted",
  "contact.updated",
  "message.delivered",
  "message.failed",
  "message.received",
];
