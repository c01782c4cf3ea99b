/**
 * Vendor-shaped sample deliveries of every webhook event of every generation, for tests and local
 * development (`npx openphone-mock trigger` posts them). Each quotes where its shape comes from:
 *
 * - [2026-03-30] Quo, "Webhook event payloads" (https://www.quo.com/docs/2026-03-30/webhooks-event-payloads)
 *   and its common envelope (…/webhooks-overview#common-envelope), as mirrored verbatim by
 *   hookdeck/webhook-samples, providers/quo/2026-03-30/<type>.json (retrieved 2026-09-23). The payloads page
 *   itself is only partly in our search index; the envelope, `contacts.lookupStatus` and
 *   `participants.resolution` wording below is quoted from the indexed part of quo.com/docs/mdx/beta.
 * - [v4] Quo, "Webhook payload reference" (https://www.quo.com/docs/mdx/guides/webhooks): "Webhooks created
 *   in the Quo app are not compatible with those created via the API", the `call.ringing` example with
 *   `"apiVersion": "v4"`, `"object": "call"` and `contactIds`; a captured `message.received` in
 *   PipedreamHQ/pipedream components/openphone/sources/new-message-received-instant/test-event.mjs
 *   (`"apiVersion": "v4"`, `"status": "received"`, `"to"` a string, no `updatedAt`).
 * - [v3] captured deliveries of app webhooks in PipedreamHQ/pipedream components/openphone/sources/
 *   new-incoming-call-completed-instant and new-call-recording-completed-instant/test-event.mjs
 *   (`"apiVersion": "v3"`, calls with `from`/`to` strings, `media`, `voicemail`, `conversationId`); the
 *   legacy message shape (`body`, `to` one string, `media`, `status: "received"`) from the legacy example in
 *   hookdeck/webhook-skills skills/quo-webhooks; the event list (with `contact.updated` / `contact.deleted`)
 *   from the support article "How to use webhooks" (support.openphone.com/hc/en-us/articles/4690754298903).
 *   No captured app-webhook summary, transcript or contact payload is published: those fixtures follow the
 *   REST schemas (summary, transcript) and the contact fields the support article names, and say so.
 *
 * Identifiers are the sources' own where they give them; otherwise made-up values of the same form.
 * `signFixture` (from the package root) signs one as the vendor would. This module holds data only: it
 * shares no code with the root entry, so neither build carries the other.
 */
import type {
  CallAnsweredEventV20260330,
  CallCompletedEventV3,
  CallCompletedEventV4,
  CallCompletedEventV20260330,
  CallForwardedEventV20260330,
  CallMissedEventV20260330,
  CallRecordingCompletedEventV3,
  CallRecordingCompletedEventV4,
  CallRecordingCompletedEventV20260330,
  CallRingingEventV3,
  CallRingingEventV4,
  CallRingingEventV20260330,
  CallSummaryCompletedEventV3,
  CallSummaryCompletedEventV4,
  CallSummaryCompletedEventV20260330,
  CallTranscriptCompletedEventV3,
  CallTranscriptCompletedEventV4,
  CallTranscriptCompletedEventV20260330,
  CallVoicemailCompletedEventV20260330,
  ContactDeletedEventV3,
  ContactDeletedEventV20260330,
  ContactUpdatedEventV3,
  ContactUpdatedEventV20260330,
  MessageDeliveredEventV3,
  MessageDeliveredEventV4,
  MessageDeliveredEventV20260330,
  MessageFailedEventV20260330,
  MessageReceivedEventV3,
  MessageReceivedEventV4,
  MessageReceivedEventV20260330,
  WebhookEvent,
  WebhookEventType,
} from "./generated/webhook-events.js";

/** The three kinds of webhook: legacy app (`v3`, also sent as `v2`), legacy API (`v4`), the new system. */
export type WebhookGeneration = "v3" | "v4" | "2026-03-30";
export const WEBHOOK_GENERATIONS: readonly WebhookGeneration[] = ["v3", "v4", "2026-03-30"];

export interface WebhookFixture {
  generation: WebhookGeneration;
  type: WebhookEventType;
  /** The event as the vendor sends it. */
  event: WebhookEvent;
  /** Where its shape comes from. */
  source: string;
}

const PIPEDREAM = "PipedreamHQ/pipedream components/openphone/sources";
const QUO_2026 =
  "quo.com/docs/2026-03-30/webhooks-event-payloads, via hookdeck/webhook-samples providers/quo/2026-03-30";
const QUO_V4 = "quo.com/docs/mdx/guides/webhooks (Webhook payload reference, apiVersion v4)";

// ---- legacy app webhooks (v3) ---------------------------------------------------------------------------

const v3Envelope = { object: "event", apiVersion: "v3" } as const;

/** hookdeck/webhook-skills quo-webhooks legacy example, apiVersion as current app webhooks send it. */
const v3MessageReceived = {
  id: "EVc67ec998b35c41d388af50799aeeba3e",
  ...v3Envelope,
  createdAt: "2022-01-23T16:55:52.557Z",
  type: "message.received",
  data: {
    object: {
      id: "AC24a8b8321c4f4cf2be110f4250793d51",
      object: "message",
      from: "+14155550100",
      to: "+13105550199",
      direction: "incoming",
      body: "Hello",
      media: [],
      status: "received",
      createdAt: "2022-01-23T16:55:52.420Z",
      userId: "USu5AsEHuQ",
      phoneNumberId: "PNtoDbDhuz",
      conversationId: "CN78ba0373683c48fd8fd96bc836c51f79",
    },
  },
} satisfies MessageReceivedEventV3;

const v3MessageDelivered = {
  id: "EV1b6e2f0f3d2a4a4b9f1f8a3e5c7d9b10",
  ...v3Envelope,
  createdAt: "2022-01-23T17:01:02.118Z",
  type: "message.delivered",
  data: {
    object: {
      id: "AC7f0e3c2d1b0a49f8b7c6d5e4f3a2b1c0",
      object: "message",
      from: "+13105550199",
      // Several recipients: one comma-joined string.
      to: "+14155550100,+14155550111",
      direction: "outgoing",
      body: "See you at 3 👋",
      media: [{ url: "https://m.openph.one/static/2f1c0b6e.jpg", type: "image/jpeg" }],
      status: "delivered",
      createdAt: "2022-01-23T17:01:01.904Z",
      userId: "USu5AsEHuQ",
      phoneNumberId: "PNtoDbDhuz",
      conversationId: "CN78ba0373683c48fd8fd96bc836c51f79",
    },
  },
} satisfies MessageDeliveredEventV3;

const v3CallRinging = {
  id: "EV0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
  ...v3Envelope,
  createdAt: "2022-01-24T19:21:59.610Z",
  type: "call.ringing",
  data: {
    object: {
      answeredAt: null,
      completedAt: null,
      conversationId: "CN78ba0373683c48fd8fd96bc836c51f79",
      createdAt: "2022-01-24T19:21:59.545Z",
      direction: "incoming",
      from: "+18005550100",
      media: [],
      object: "call",
      phoneNumberId: "PNtoDbDhuz",
      status: "ringing",
      to: "+18885550101",
      userId: "USu5AsEHuQ",
      voicemail: null,
    },
  },
} satisfies CallRingingEventV3;

/** Verbatim: new-incoming-call-completed-instant/test-event.mjs. */
const v3CallCompleted = {
  apiVersion: "v3",
  createdAt: "2022-01-24T19:22:25.427Z",
  data: {
    object: {
      answeredAt: null,
      completedAt: "2022-01-24T19:22:19.000Z",
      conversationId: "CN78ba0373683c48fd8fd96bc836c51f79",
      createdAt: "2022-01-24T19:21:59.545Z",
      direction: "incoming",
      from: "+18005550100",
      media: [],
      object: "call",
      phoneNumberId: "PNtoDbDhuz",
      status: "completed",
      to: "+18885550101",
      userId: "USu5AsEHuQ",
      voicemail: {
        duration: 7,
        type: "audio/mpeg",
        url: "https://m.openph.one/static/15ad4740be6048e4a80efb268d347482.mp3",
      },
    },
  },
  id: "EVd39d3c8d6f244d21a9131de4fc9350d0",
  object: "event",
  type: "call.completed",
} satisfies CallCompletedEventV3;

/** Verbatim: new-call-recording-completed-instant/test-event.mjs. */
const v3CallRecordingCompleted = {
  apiVersion: "v3",
  createdAt: "2022-01-24T19:30:55.400Z",
  data: {
    object: {
      answeredAt: "2022-01-24T19:30:38.000Z",
      completedAt: "2022-01-24T19:30:48.000Z",
      conversationId: "CN78ba0373683c48fd8fd96bc836c51f79",
      createdAt: "2022-01-24T19:30:34.675Z",
      direction: "incoming",
      from: "+18005550100",
      media: [
        {
          duration: 7,
          type: "audio/mpeg",
          url: "https://storage.googleapis.com/opstatics-dev/a5f839bc72a24b33a7fc032f78777146.mp3",
        },
      ],
      object: "call",
      phoneNumberId: "PNtoDbDhuz",
      status: "completed",
      to: "+18885550101",
      userId: "USu5AsEHuQ",
      voicemail: null,
    },
  },
  id: "EVda6e196255814311aaac1983005fa2d9",
  object: "event",
  type: "call.recording.completed",
} satisfies CallRecordingCompletedEventV3;

const v3CallSummaryCompleted = {
  id: "EV5a4b3c2d1e0f4a9b8c7d6e5f4a3b2c1d",
  ...v3Envelope,
  createdAt: "2022-01-24T19:31:40.000Z",
  type: "call.summary.completed",
  data: {
    object: {
      callId: "ACea724hac8c30465bcbcff0b76e4c1c7b",
      status: "completed",
      summary: ["You talked about the weather."],
      nextSteps: ["Bring an umbrella."],
    },
  },
} satisfies CallSummaryCompletedEventV3;

const v3CallTranscriptCompleted = {
  id: "EV6b5c4d3e2f1a4b0c9d8e7f6a5b4c3d2e",
  ...v3Envelope,
  createdAt: "2022-01-24T19:31:50.000Z",
  type: "call.transcript.completed",
  data: {
    object: {
      callId: "ACea724hac8c30465bcbcff0b76e4c1c7b",
      createdAt: "2022-01-24T19:31:49.000Z",
      duration: 10,
      status: "completed",
      dialogue: [
        { content: "Hello, world!", start: 0.5, end: 2.25, identifier: "+18005550100", userId: null },
        { content: "Hi there.", start: 2.5, end: 3.75, identifier: "+18885550101", userId: "USu5AsEHuQ" },
      ],
    },
  },
} satisfies CallTranscriptCompletedEventV3;

const v3Contact = (): ContactUpdatedEventV3["data"]["object"] => ({
  id: "CT64d2a7f1c3b5e9a0f1e2d3c4",
  object: "contact",
  firstName: "Jane",
  lastName: "Doe",
  company: "Acme",
  role: null,
  fields: { Email: ["jane@example.com"], Phone: ["+15551234567"], Department: ["sales"] },
  notes: [] as unknown[],
  sharedWith: ["USu5AsEHuQ"],
  clientId: "crm-4821",
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt: "2024-05-01T11:59:00.000Z",
  userId: "USu5AsEHuQ",
});

const v3ContactUpdated = {
  id: "EV7c6d5e4f3a2b4c1d0e9f8a7b6c5d4e3f",
  ...v3Envelope,
  createdAt: "2024-05-01T11:59:00.500Z",
  type: "contact.updated",
  data: { object: v3Contact() },
} satisfies ContactUpdatedEventV3;

const v3ContactDeleted = {
  id: "EV8d7e6f5a4b3c4d2e1f0a9b8c7d6e5f4a",
  ...v3Envelope,
  createdAt: "2024-05-02T08:00:00.000Z",
  type: "contact.deleted",
  data: { object: v3Contact() },
} satisfies ContactDeletedEventV3;

// ---- legacy API webhooks (v4) ---------------------------------------------------------------------------

const v4Envelope = { object: "event", apiVersion: "v4" } as const;

/** Pipedream's captured v4 message.received, with its blanked ids filled in. */
const v4MessageReceived = {
  id: "EV4f1e2d3c4b5a49687766554433221100",
  ...v4Envelope,
  createdAt: "2025-04-10T21:41:01.247Z",
  type: "message.received",
  data: {
    object: {
      id: "AC0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c",
      object: "message",
      from: "+15555550123",
      to: "+15555550100",
      direction: "incoming",
      text: "test",
      status: "received",
      createdAt: "2025-04-10T21:41:00.983Z",
      userId: "USlHhXmRMz",
      phoneNumberId: "PN1ZmRMzlx",
    },
  },
} satisfies MessageReceivedEventV4;

/** The REST message shape (to as an array, updatedAt) plus object and contactIds. */
const v4MessageDelivered = {
  id: "EV9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
  ...v4Envelope,
  createdAt: "2025-04-10T21:45:12.500Z",
  type: "message.delivered",
  data: {
    object: {
      id: "AC1a2b3c4d5e6f4a5b6c7d8e9f0a1b2c3d",
      object: "message",
      from: "+15555550100",
      to: ["+15555550123"],
      direction: "outgoing",
      text: "Thanks, on our way.",
      status: "delivered",
      createdAt: "2025-04-10T21:45:11.900Z",
      updatedAt: "2025-04-10T21:45:12.400Z",
      userId: "USlHhXmRMz",
      phoneNumberId: "PN1ZmRMzlx",
      contactIds: ["66d0d87e1d8f6a2b3c4d5e6f"],
    },
  },
} satisfies MessageDeliveredEventV4;

const v4Call = {
  id: "ACsXlF0",
  object: "call",
  answeredAt: "2022-01-01T00:00:00Z",
  answeredBy: "USlHhXmRMz",
  initiatedBy: "USlHhXmRMz",
  direction: "outgoing",
  status: "ringing",
  completedAt: "2022-01-01T00:10:00Z",
  createdAt: "2022-01-01T00:00:00Z",
  duration: 60,
  forwardedFrom: "UShYmRNzlm",
  forwardedTo: "UShXmRMzln",
  phoneNumberId: "PN1ZmRMzlx",
  participants: ["+15555555555"],
  updatedAt: "2022-01-01T00:00:00Z",
  userId: "USlHhXmRMz",
  contactIds: ["66d0d87e1d8f6a2b3c4d5e6f"],
} as const;

/** The docs' call.ringing example (its first fields, quoted; contactIds' value is ours). */
const v4CallRinging = {
  id: "EV0ea54cadfbf342e6ac4ca1f22ed1700c",
  ...v4Envelope,
  createdAt: "2022-06-24T19:35:46.825Z",
  type: "call.ringing",
  data: { object: { ...v4Call, participants: [...v4Call.participants], contactIds: [...v4Call.contactIds] } },
} satisfies CallRingingEventV4;

const v4CallCompleted = {
  id: "EV1fa65dbeacf453f7bd5db2e33fe2811d",
  ...v4Envelope,
  createdAt: "2022-06-24T19:45:47.100Z",
  type: "call.completed",
  data: {
    object: { ...v4Call, status: "completed", participants: [...v4Call.participants], contactIds: [] },
  },
} satisfies CallCompletedEventV4;

const v4CallRecordingCompleted = {
  id: "EV2ab76ecfbdd564a8ce6ec3f44af3922e",
  ...v4Envelope,
  createdAt: "2022-06-24T19:46:10.000Z",
  type: "call.recording.completed",
  data: {
    object: { ...v4Call, status: "completed", participants: [...v4Call.participants], contactIds: [] },
  },
} satisfies CallRecordingCompletedEventV4;

const v4CallSummaryCompleted = {
  id: "EV3bc87fd0cee675b9df7fd4055b04a33f",
  ...v4Envelope,
  createdAt: "2022-06-24T19:47:00.000Z",
  type: "call.summary.completed",
  data: {
    object: {
      callId: "ACsXlF0",
      status: "completed",
      summary: ["You talked about the weather."],
      nextSteps: ["Bring an umbrella."],
      jobs: null,
    },
  },
} satisfies CallSummaryCompletedEventV4;

const v4CallTranscriptCompleted = {
  id: "EV4cd98ae1dff786cae08ae5166c15b440",
  ...v4Envelope,
  createdAt: "2022-06-24T19:47:30.000Z",
  type: "call.transcript.completed",
  data: {
    object: {
      callId: "ACsXlF0",
      createdAt: "2022-06-24T19:47:29.000Z",
      duration: 60,
      status: "completed",
      dialogue: [
        { content: "Hello, world!", start: 5.123456, end: 10.123456, identifier: "+19876543210", userId: null },
      ],
    },
  },
} satisfies CallTranscriptCompletedEventV4;

// ---- the new system (2026-03-30), verbatim from the vendor's examples ------------------------------------

const envelope2026 = { id: "EV123", apiVersion: "2026-03-30", createdAt: "2026-04-13T12:00:00.000Z" } as const;
const links = { quo: "https://my.quo.com/inbox/..." };
const contacts = { ids: ["CT123"], lookupStatus: "matched" } as const;
const participants = { workspace: ["+15550000001"], external: ["+15550000002"], resolution: "available" } as const;
const callContext = {
  orgId: "OR123",
  phoneNumberId: "PN123",
  conversationId: "CN123",
  phoneNumberType: "shared",
  userId: "US123",
  contacts: { ...contacts, ids: [...contacts.ids] },
  participants: { ...participants, workspace: [...participants.workspace], external: [...participants.external] },
};
const messageContext = (outgoing: boolean) => ({
  orgId: "OR123",
  phoneNumberId: "PN123",
  conversationId: "CN123",
  userId: "US123",
  contacts: { ...contacts, ids: [...contacts.ids] },
  senderIdentifier: outgoing ? "+15550002222" : "+15550001111",
  recipientIdentifiers: [outgoing ? "+15550001111" : "+15550002222"],
});

const m2026Received = {
  ...envelope2026,
  type: "message.received",
  data: {
    resource: {
      id: "AC-message",
      direction: "incoming",
      text: "hello",
      media: [],
      status: "received",
      createdAt: "2026-04-13T12:00:00.000Z",
    },
    context: messageContext(false),
    links,
  },
} satisfies MessageReceivedEventV20260330;

const m2026Delivered = {
  ...envelope2026,
  type: "message.delivered",
  data: {
    resource: {
      id: "AC-message",
      direction: "outgoing",
      text: "hello",
      media: [],
      status: "delivered",
      createdAt: "2026-04-13T12:00:00.000Z",
    },
    context: messageContext(true),
    links,
  },
} satisfies MessageDeliveredEventV20260330;

const m2026Failed = {
  ...envelope2026,
  type: "message.failed",
  data: {
    resource: {
      id: "AC-message",
      direction: "outgoing",
      text: "hello",
      status: "failed",
      errorCode: "30006",
      createdAt: "2026-04-13T12:00:00.000Z",
    },
    context: messageContext(true),
    links,
  },
} satisfies MessageFailedEventV20260330;

const c2026Ringing = {
  ...envelope2026,
  type: "call.ringing",
  data: {
    resource: {
      id: "AC-call",
      direction: "incoming",
      createdAt: "2026-04-13T12:00:00.000Z",
      updatedAt: "2026-04-13T12:00:00.000Z",
    },
    // Narrower than the other call events: no phoneNumberType, no contacts.
    context: {
      orgId: "OR123",
      phoneNumberId: "PN123",
      conversationId: "CN123",
      userId: "US123",
      participants: callContext.participants,
    },
    links,
  },
} satisfies CallRingingEventV20260330;

const c2026Answered = {
  ...envelope2026,
  type: "call.answered",
  data: {
    resource: {
      id: "AC-call",
      direction: "incoming",
      createdAt: "2026-04-13T11:59:55.000Z",
      answeredAt: "2026-04-13T12:00:00.000Z",
      answeredByUserId: "US123",
      updatedAt: "2026-04-13T12:00:00.000Z",
    },
    context: callContext,
    links,
  },
} satisfies CallAnsweredEventV20260330;

const c2026Completed = {
  ...envelope2026,
  type: "call.completed",
  data: {
    resource: {
      id: "AC-call",
      direction: "incoming",
      status: "answered",
      createdAt: "2026-04-13T11:59:55.000Z",
      answeredAt: "2026-04-13T12:00:00.000Z",
      completedAt: "2026-04-13T12:00:55.000Z",
      updatedAt: "2026-04-13T12:00:55.000Z",
      duration: 55,
      hasVoicemail: false,
    },
    context: callContext,
    links,
  },
} satisfies CallCompletedEventV20260330;

const c2026Forwarded = {
  ...envelope2026,
  type: "call.forwarded",
  data: {
    resource: {
      id: "AC-call",
      createdAt: "2026-04-13T11:59:55.000Z",
      updatedAt: "2026-04-13T12:00:00.000Z",
      forwardedFrom: "+15550000001",
      forwardedTo: "+15550000003",
    },
    context: callContext,
    links,
  },
} satisfies CallForwardedEventV20260330;

const c2026Missed = {
  ...envelope2026,
  type: "call.missed",
  data: {
    resource: { id: "AC-call", createdAt: "2026-04-13T11:59:55.000Z", updatedAt: "2026-04-13T12:00:30.000Z" },
    context: callContext,
    links,
  },
} satisfies CallMissedEventV20260330;

const c2026Recording = {
  ...envelope2026,
  type: "call.recording.completed",
  data: {
    resource: {
      id: "AC-call",
      direction: "incoming",
      createdAt: "2026-04-13T11:59:55.000Z",
      answeredAt: "2026-04-13T12:00:00.000Z",
      completedAt: "2026-04-13T12:00:55.000Z",
      updatedAt: "2026-04-13T12:01:05.000Z",
      duration: 55,
      recordings: [
        {
          id: "REabc123",
          duration: 55,
          startTime: "2026-04-13T12:00:00.000Z",
          type: "audio/mpeg",
          url: "https://recordings.example.com/REabc123.mp3",
        },
      ],
    },
    context: callContext,
    links,
  },
} satisfies CallRecordingCompletedEventV20260330;

const c2026Summary = {
  ...envelope2026,
  type: "call.summary.completed",
  data: {
    resource: {
      callId: "AC-summary",
      processingStatus: "completed",
      summary: ["Customer asked for pricing details."],
      nextSteps: ["Send follow-up email."],
      fromPhoneNumber: null,
      handledByAiAgent: false,
      answeredByUserId: null,
      jobs: [],
    },
    context: callContext,
    links,
  },
} satisfies CallSummaryCompletedEventV20260330;

const c2026Transcript = {
  ...envelope2026,
  type: "call.transcript.completed",
  data: {
    resource: {
      callId: "AC-transcript",
      createdAt: "2026-04-13T12:00:01.000Z",
      duration: 42,
      processingStatus: "completed",
      dialogue: [
        { userId: "US123", identifier: null, content: "Thanks for calling, how can I help?", start: 0, end: 3 },
        { userId: null, identifier: "+15550000002", content: "Hi, I wanted to ask about pricing.", start: 3, end: 7 },
      ],
    },
    context: callContext,
    links,
  },
} satisfies CallTranscriptCompletedEventV20260330;

const c2026Voicemail = {
  ...envelope2026,
  type: "call.voicemail.completed",
  data: {
    resource: {
      id: "AC-voicemail",
      voicemailId: "VM123",
      callId: "AC-source-call",
      direction: "incoming",
      duration: 18,
      from: "+15550000002",
      to: "+15550000001",
      transcript: "Hi, leaving a quick message about the proposal...",
      recordingUrl: "https://recordings.example.com/VM123.mp3",
      createdAt: "2026-04-13T12:01:00.000Z",
      updatedAt: "2026-04-13T12:01:10.000Z",
    },
    context: callContext,
    links,
  },
} satisfies CallVoicemailCompletedEventV20260330;

const contact2026 = () => ({
  id: "CT123",
  firstName: "Jane",
  lastName: "Doe",
  company: null,
  role: null,
  location: null,
  source: null,
  externalId: null,
  emails: [{ value: "jane@example.com", type: "email" }],
  phoneNumbers: [{ value: "+15551234567", type: "phone-number" }],
  customFields: [{ name: "Department", key: "department", id: "i1", type: "multi-select", value: ["sales"] }],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-04-13T12:00:00.000Z",
});
const contactContext = () => ({ orgId: "OR123", userId: "US123", sharedWithIds: ["US456"] });

const contact2026Updated = {
  ...envelope2026,
  type: "contact.updated",
  data: { resource: contact2026(), context: contactContext(), links: { quo: "https://my.quo.com/contacts/CT123" } },
} satisfies ContactUpdatedEventV20260330;

/** "contact.deleted: A contact was deleted. Resource shape matches contact.updated." */
const contact2026Deleted = {
  ...envelope2026,
  type: "contact.deleted",
  data: { resource: contact2026(), context: contactContext(), links: { quo: null } },
} satisfies ContactDeletedEventV20260330;

const fixture = (generation: WebhookGeneration, event: WebhookEvent, source: string): WebhookFixture => ({
  generation,
  type: event.type,
  event,
  source,
});

/** Every event of every generation, once: 9 legacy app, 7 legacy API, 14 new-system events. */
export const WEBHOOK_FIXTURES: readonly WebhookFixture[] = [
  fixture("v3", v3MessageReceived, "hookdeck/webhook-skills quo-webhooks, the legacy message example"),
  fixture("v3", v3MessageDelivered, "the legacy message shape, outgoing with two recipients and media"),
  fixture("v3", v3CallRinging, `${PIPEDREAM} call shape, ringing`),
  fixture("v3", v3CallCompleted, `${PIPEDREAM}/new-incoming-call-completed-instant/test-event.mjs`),
  fixture("v3", v3CallRecordingCompleted, `${PIPEDREAM}/new-call-recording-completed-instant/test-event.mjs`),
  fixture("v3", v3CallSummaryCompleted, "no capture published: the REST call summary"),
  fixture("v3", v3CallTranscriptCompleted, "no capture published: the REST call transcript"),
  fixture("v3", v3ContactUpdated, "support article 'How to use webhooks': contact fields it names"),
  fixture("v3", v3ContactDeleted, "support article 'How to use webhooks': contact fields it names"),
  fixture("v4", v4MessageReceived, `${PIPEDREAM}/new-message-received-instant/test-event.mjs`),
  fixture("v4", v4MessageDelivered, `${QUO_V4}: REST message + object + contactIds`),
  fixture("v4", v4CallRinging, `${QUO_V4}: the call.ringing example`),
  fixture("v4", v4CallCompleted, `${QUO_V4}: REST call + object + contactIds`),
  fixture("v4", v4CallRecordingCompleted, `${QUO_V4}: REST call + object + contactIds`),
  fixture("v4", v4CallSummaryCompleted, `${QUO_V4}: the REST call summary`),
  fixture("v4", v4CallTranscriptCompleted, `${QUO_V4}: the REST call transcript`),
  ...[
    m2026Received,
    m2026Delivered,
    m2026Failed,
    c2026Ringing,
    c2026Answered,
    c2026Completed,
    c2026Forwarded,
    c2026Missed,
    c2026Recording,
    c2026Summary,
    c2026Transcript,
    c2026Voicemail,
    contact2026Updated,
    contact2026Deleted,
  ].map((event) => fixture("2026-03-30", event, `${QUO_2026}/${event.type}.json`)),
];

/**
 * The sample of `type` from `generation` (a deep copy: change it freely). Throws a TypeError naming what
 * exists when that generation does not send that type.
 */
export function webhookFixture(type: string, generation: WebhookGeneration = "2026-03-30"): WebhookFixture {
  if (!WEBHOOK_GENERATIONS.includes(generation)) {
    throw new TypeError(`unknown generation ${JSON.stringify(generation)}; known: ${WEBHOOK_GENERATIONS.join(", ")}`);
  }
  const found = WEBHOOK_FIXTURES.find((f) => f.type === type && f.generation === generation);
  if (!found) {
    const types = WEBHOOK_FIXTURES.filter((f) => f.generation === generation).map((f) => f.type);
    throw new TypeError(
      `${generation} webhooks send no ${JSON.stringify(String(type).slice(0, 100))} event; they send: ${types.join(", ")}`,
    );
  }
  return { ...found, event: structuredClone(found.event) };
}
