// Generated from spec/webhooks.openapi.json (and the spec/openapi.json schemas it references) by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
export type paths = Record<string, never>;
export interface webhooks {
    "call.answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call was answered
         * @description A call was connected; `answeredByUserId` names the user when known. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallAnsweredEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call ended
         * @description A call ended (answered, missed, or sent to voicemail). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallCompletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.forwarded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call was forwarded
         * @description An incoming call was forwarded (`forwardedFrom`, `forwardedTo`). New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallForwardedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call was missed
         * @description An incoming call ended without being answered. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallMissedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.recording.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's recording is ready
         * @description The recording of a call finished processing (may arrive after `call.completed`). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallRecordingCompletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.ringing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call is ringing
         * @description A call started ringing (incoming, and for the new system outgoing too). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallRingingEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.summary.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's summary is ready
         * @description The AI summary of a call is ready (may arrive long after the call). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallSummaryCompletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.transcript.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's transcript is ready
         * @description The transcript of a call is ready (in no fixed order with the summary). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallTranscriptCompletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "call.voicemail.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A voicemail is ready
         * @description A voicemail was left and finished processing; `callId` names the call. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CallVoicemailCompletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was deleted
         * @description A contact was deleted; the object is the contact as it was. Not sent to webhooks created through `/v1/webhooks/*`. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactDeletedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was created or changed
         * @description A contact was created or its fields changed. Not sent to webhooks created through `/v1/webhooks/*`. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactUpdatedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was delivered
         * @description A message sent from one of the workspace's numbers was delivered (not a read receipt). Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessageDeliveredEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message failed
         * @description An outgoing message failed to deliver; `errorCode` carries the carrier's or provider's code when known. New system only. Sent by: webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessageFailedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was received
         * @description One of the workspace's numbers received a message. Sent by: legacy webhooks created in the app (`apiVersion` `v2`/`v3`); legacy webhooks created through the API (`apiVersion` `v4`); webhooks of the new system, version 2026-03-30 (Standard Webhooks).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature"?: components["parameters"]["OpenPhoneSignature"];
                    /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
                    "webhook-id"?: components["parameters"]["WebhookId"];
                    /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
                    "webhook-timestamp"?: components["parameters"]["WebhookTimestamp"];
                    /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
                    "webhook-signature"?: components["parameters"]["WebhookSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MessageReceivedEvent"];
                };
            };
            responses: {
                /** @description Any 2xx answer acknowledges the delivery; anything else is retried. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A call, as `listCalls` returns each one (`GET /v1/calls`, `data[]`). */
        CallObject: {
            answeredAt: string | null;
            answeredBy: string | null;
            initiatedBy: string | null;
            /**
             * @description The direction of the call relative to the OpenPhone number.
             * @example incoming
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            /**
             * @description The current status of the call.
             * @example completed
             * @enum {string}
             */
            status: "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled" | "missed" | "answered" | "forwarded" | "abandoned";
            completedAt: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the call record was created, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description The total duration of the call in seconds.
             * @example 60
             */
            duration: number;
            forwardedFrom: (string) | null;
            forwardedTo: (string) | null;
            /**
             * @description The unique identifier of the call.
             * @example AC123abc
             */
            id: string;
            /**
             * @description The unique identifier of the OpenPhone number associated with the call.
             * @example PN123abc
             */
            phoneNumberId: string;
            participants: string[];
            updatedAt: string | null;
            /**
             * @description The unique identifier of the OpenPhone user account associated with the call.
             * @example US123abc
             */
            userId: string;
        };
        /** @description A message, as `getMessageById` returns it (`GET /v1/messages/{id}`, `data`). */
        MessageObject: {
            /**
             * @description The unique identifier of the message.
             * @example AC123abc
             */
            id: string;
            to: string[];
            /**
             * @description A phone number in E.164 format, including the country code.
             * @example +15555555555
             */
            from: string;
            /**
             * @description The content of the message.
             * @example Hello, world!
             */
            text: string;
            phoneNumberId: string | null;
            /**
             * @description The direction of the message relative to the OpenPhone number.
             * @example incoming
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            /**
             * @description The unique identifier of the user who sent the message. Null for incoming messages.
             * @example US123abc
             */
            userId: string;
            /**
             * @description The status of the message.
             * @example sent
             * @enum {string}
             */
            status: "queued" | "sent" | "delivered" | "undelivered";
            /**
             * Format: date-time
             * @description The timestamp when the message was created at, in ISO 8601 format
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The timestamp when the message status was last updated, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            updatedAt: string;
        };
        /** @description A call summary, as `getCallSummary` returns it (`GET /v1/call-summaries/{callId}`, `data`). */
        CallSummaryObject: {
            /**
             * @description The unique identifier of the call to which this summary belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            nextSteps: string[] | null;
            /**
             * @description The status of the call summary.
             * @example completed
             * @enum {string}
             */
            status: "absent" | "in-progress" | "completed" | "failed";
            summary: string[] | null;
            jobs?: {
                icon: string;
                name: string;
                result: {
                    data: {
                        name: string;
                        value: string | number | boolean;
                    }[];
                };
            }[] | null;
        };
        /** @description A call transcript, as `getCallTranscript` returns it (`GET /v1/call-transcripts/{id}`, `data`). */
        CallTranscriptObject: {
            /**
             * @description The unique identifier of the call to which this transcript belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            /**
             * Format: date-time
             * @description The timestamp when the transcription was created, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            dialogue: {
                /**
                 * @description The transcribed text of a specific dialogue segment.
                 * @example Hello, world!
                 */
                content: string;
                /**
                 * @description The start time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 5.123456
                 */
                start: number;
                /**
                 * @description The end time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 10.123456
                 */
                end: number;
                /**
                 * @description The phone number of the participant who spoke during this dialogue segment.
                 * @example +19876543210
                 */
                identifier: string;
                userId: string | null;
            }[] | null;
            /**
             * @description The total duration of the transcribed call in seconds.
             * @example 100
             */
            duration: number;
            /**
             * @description The status of the call transcription.
             * @example completed
             * @enum {string}
             */
            status: "absent" | "in-progress" | "completed" | "failed";
        };
        /** @description A message in a legacy app webhook (`v2`/`v3`): the text is `body` (not `text`), `to` is one string (comma-joined when there are several recipients), and there is no `updatedAt`. */
        MessageV3: {
            /**
             * @description The message's id.
             * @example AC24a8b8321c4f4cf2be110f4250793d51
             */
            id: string;
            /** @constant */
            object: "message";
            /**
             * @description The sender's phone number, E.164.
             * @example +14155550100
             */
            from: string;
            /**
             * @description The recipients' phone numbers, E.164, comma-joined when there are several.
             * @example +13105550199
             */
            to: string;
            /** @enum {string} */
            direction: "incoming" | "outgoing";
            /**
             * @description The message text.
             * @example Hello
             */
            body: string;
            /** @description Attached media. */
            media: {
                url: string;
                /**
                 * @description MIME type.
                 * @example image/jpeg
                 */
                type: string;
            }[];
            /**
             * @description `received` on incoming messages; `delivered` etc. on outgoing ones.
             * @example received
             */
            status: string;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            createdAt: string;
            userId?: string | null;
            /**
             * @description The workspace number.
             * @example PNtoDbDhuz
             */
            phoneNumberId: string;
            /**
             * @description The conversation.
             * @example CN78ba0373683c48fd8fd96bc836c51f79
             */
            conversationId: string;
        };
        /** @description A call in a legacy app webhook (`v2`/`v3`): `from` / `to` strings, `media` (the recording) and `voicemail`; none of `participants`, `answeredBy`, `initiatedBy`, `duration`, `forwardedFrom`, `forwardedTo`, `updatedAt`. */
        CallV3: {
            /**
             * @description The call's id (absent from some captured deliveries).
             * @example ACa1b2c3
             */
            id?: string;
            /** @constant */
            object: "call";
            /**
             * @description The caller's phone number, E.164.
             * @example +18005550100
             */
            from: string;
            /**
             * @description The called phone number, E.164.
             * @example +18885550101
             */
            to: string;
            /** @enum {string} */
            direction: "incoming" | "outgoing";
            /**
             * @description The call's status.
             * @example completed
             */
            status: string;
            /**
             * Format: date-time
             * @description When the call started.
             */
            createdAt: string;
            answeredAt?: string | null;
            completedAt?: string | null;
            /** @description The call's recording(s). */
            media?: {
                url: string;
                /**
                 * @description MIME type.
                 * @example audio/mpeg
                 */
                type: string;
                /** @description Seconds. */
                duration?: number;
            }[];
            voicemail?: {
                url: string;
                /**
                 * @description MIME type.
                 * @example audio/mpeg
                 */
                type: string;
                /** @description Seconds. */
                duration?: number;
            } | null;
            /**
             * @description The workspace number.
             * @example PNtoDbDhuz
             */
            phoneNumberId: string;
            userId?: string | null;
            /**
             * @description The conversation.
             * @example CN78ba0373683c48fd8fd96bc836c51f79
             */
            conversationId: string;
        };
        /** @description A call summary in a legacy app webhook (`v2`/`v3`). No captured delivery is published: modelled on the REST summary with only `callId` required. */
        CallSummaryV3: {
            /**
             * @description The unique identifier of the call to which this summary belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            nextSteps?: string[] | null;
            /**
             * @description The status of the call summary.
             * @example completed
             * @enum {string}
             */
            status?: "absent" | "in-progress" | "completed" | "failed";
            summary?: string[] | null;
            jobs?: {
                icon: string;
                name: string;
                result: {
                    data: {
                        name: string;
                        value: string | number | boolean;
                    }[];
                };
            }[] | null;
        };
        /** @description A call transcript in a legacy app webhook (`v2`/`v3`). No captured delivery is published: modelled on the REST transcript with only `callId` required. */
        CallTranscriptV3: {
            /**
             * @description The unique identifier of the call to which this transcript belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            /**
             * Format: date-time
             * @description The timestamp when the transcription was created, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt?: string;
            dialogue?: {
                /**
                 * @description The transcribed text of a specific dialogue segment.
                 * @example Hello, world!
                 */
                content: string;
                /**
                 * @description The start time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 5.123456
                 */
                start: number;
                /**
                 * @description The end time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 10.123456
                 */
                end: number;
                /**
                 * @description The phone number of the participant who spoke during this dialogue segment.
                 * @example +19876543210
                 */
                identifier: string;
                userId: string | null;
            }[] | null;
            /**
             * @description The total duration of the transcribed call in seconds.
             * @example 100
             */
            duration?: number;
            /**
             * @description The status of the call transcription.
             * @example completed
             * @enum {string}
             */
            status?: "absent" | "in-progress" | "completed" | "failed";
        };
        /** @description A contact in a legacy app webhook (`v2`/`v3`, `contact.updated` / `contact.deleted`): its own shape, with custom fields as `fields: { <label>: [values] }`. */
        ContactV3: {
            /**
             * @description The contact's id.
             * @example CT123
             */
            id: string;
            /** @constant */
            object?: "contact";
            firstName?: string | null;
            lastName?: string | null;
            company?: string | null;
            role?: string | null;
            /** @description Each field by its label, with its values. */
            fields?: {
                [key: string]: unknown[];
            };
            /** @description Notes on the contact. */
            notes?: unknown[];
            /** @description Who the contact is shared with. */
            sharedWith?: string[];
            clientId?: string | null;
            /**
             * Format: date-time
             * @description When the contact was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the contact last changed.
             */
            updatedAt?: string;
            userId?: string | null;
        };
        /** @description A message in a legacy API webhook (`v4`): the REST message plus `object` and `contactIds`; `status` is `received` on incoming messages (which the REST enum lacks), and `updatedAt` may be absent. */
        MessageV4: {
            /**
             * @description The unique identifier of the message.
             * @example AC123abc
             */
            id: string;
            /** @description Recipients: an array in the REST schema, one string in captured deliveries. */
            to: string[] | string;
            /**
             * @description A phone number in E.164 format, including the country code.
             * @example +15555555555
             */
            from: string;
            /**
             * @description The content of the message.
             * @example Hello, world!
             */
            text: string;
            phoneNumberId: string | null;
            /**
             * @description The direction of the message relative to the OpenPhone number.
             * @example incoming
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            /**
             * @description The unique identifier of the user who sent the message. Null for incoming messages.
             * @example US123abc
             */
            userId?: string;
            /**
             * @description `received` on incoming messages.
             * @enum {string}
             */
            status: "queued" | "sent" | "delivered" | "undelivered" | "received";
            /**
             * Format: date-time
             * @description The timestamp when the message was created at, in ISO 8601 format
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The timestamp when the message status was last updated, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            updatedAt?: string;
            /** @constant */
            object: "message";
            /** @description The contacts of the other party. */
            contactIds?: string[];
        };
        /** @description A call in a legacy API webhook (`v4`): the REST call plus `object` and `contactIds`. */
        CallV4: {
            answeredAt: string | null;
            answeredBy: string | null;
            initiatedBy: string | null;
            /**
             * @description The direction of the call relative to the OpenPhone number.
             * @example incoming
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            /**
             * @description The current status of the call.
             * @example completed
             * @enum {string}
             */
            status: "queued" | "initiated" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled" | "missed" | "answered" | "forwarded" | "abandoned";
            completedAt: string | null;
            /**
             * Format: date-time
             * @description The timestamp when the call record was created, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description The total duration of the call in seconds.
             * @example 60
             */
            duration: number;
            forwardedFrom: (string) | null;
            forwardedTo: (string) | null;
            /**
             * @description The unique identifier of the call.
             * @example AC123abc
             */
            id: string;
            /**
             * @description The unique identifier of the OpenPhone number associated with the call.
             * @example PN123abc
             */
            phoneNumberId: string;
            participants: string[];
            updatedAt: string | null;
            /**
             * @description The unique identifier of the OpenPhone user account associated with the call.
             * @example US123abc
             */
            userId: string;
            /** @constant */
            object?: "call";
            /** @description The contacts of the other party. */
            contactIds?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description A call summary in a legacy API webhook (`v4`): the REST summary. */
        CallSummaryV4: {
            /**
             * @description The unique identifier of the call to which this summary belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            nextSteps: string[] | null;
            /**
             * @description The status of the call summary.
             * @example completed
             * @enum {string}
             */
            status: "absent" | "in-progress" | "completed" | "failed";
            summary: string[] | null;
            jobs?: {
                icon: string;
                name: string;
                result: {
                    data: {
                        name: string;
                        value: string | number | boolean;
                    }[];
                };
            }[] | null;
        };
        /** @description A call transcript in a legacy API webhook (`v4`): the REST transcript. */
        CallTranscriptV4: {
            /**
             * @description The unique identifier of the call to which this transcript belongs.
             * @example ACea724hac8c30465bcbcff0b76e4c1c7b
             */
            callId: string;
            /**
             * Format: date-time
             * @description The timestamp when the transcription was created, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            dialogue: {
                /**
                 * @description The transcribed text of a specific dialogue segment.
                 * @example Hello, world!
                 */
                content: string;
                /**
                 * @description The start time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 5.123456
                 */
                start: number;
                /**
                 * @description The end time of the dialogue segment in seconds, relative to the beginning of the call.
                 * @example 10.123456
                 */
                end: number;
                /**
                 * @description The phone number of the participant who spoke during this dialogue segment.
                 * @example +19876543210
                 */
                identifier: string;
                userId: string | null;
            }[] | null;
            /**
             * @description The total duration of the transcribed call in seconds.
             * @example 100
             */
            duration: number;
            /**
             * @description The status of the call transcription.
             * @example completed
             * @enum {string}
             */
            status: "absent" | "in-progress" | "completed" | "failed";
        };
        /** @description Links of a 2026-03-30 event. */
        LinksV20260330: {
            quo: string | null;
        };
        /** @description The contacts matched to the other party. `lookupStatus` says why `ids` may be empty: `none` (no match) or `unavailable` (not looked up: treat `ids` as unknown). */
        ContactLookupV20260330: {
            ids: string[];
            /** @enum {string} */
            lookupStatus: "matched" | "none" | "unavailable";
        };
        /** @description The phone numbers on a call. With `resolution: "unavailable"`, empty arrays mean unknown, not none. */
        ParticipantsV20260330: {
            workspace: string[];
            external: string[];
            /** @enum {string} */
            resolution: "available" | "unavailable";
        };
        /** @description The message of a 2026-03-30 message event. Sender and recipients are in `context`. */
        MessageResourceV20260330: {
            /**
             * @description The message's id.
             * @example AC-message
             */
            id: string;
            /** @enum {string} */
            direction: "incoming" | "outgoing";
            /**
             * @description The message text.
             * @example hello
             */
            text?: string;
            media?: {
                url?: string;
                type?: string;
            }[];
            /**
             * @description `received`, `delivered`, `failed`…
             * @example received
             */
            status: string;
            errorCode?: string | null;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            createdAt: string;
        };
        /** @description The surroundings of a 2026-03-30 message event. */
        MessageContextV20260330: {
            /**
             * @description The workspace.
             * @example OR123
             */
            orgId: string;
            /**
             * @description The workspace number.
             * @example PN123
             */
            phoneNumberId: string;
            /** @example CN123 */
            conversationId?: string;
            userId?: string | null;
            contacts?: components["schemas"]["ContactLookupV20260330"];
            /**
             * @description Who sent the message (a phone number).
             * @example +15550001111
             */
            senderIdentifier: string;
            /** @description Who the message went to. */
            recipientIdentifiers: string[];
        };
        /** @description The call of a 2026-03-30 call event; which fields are present depends on the event (`call.ringing` carries the fewest). */
        CallResourceV20260330: {
            /**
             * @description The call's id.
             * @example AC-call
             */
            id: string;
            /** @enum {string} */
            direction?: "incoming" | "outgoing";
            /**
             * @description The call's final status (`call.completed`).
             * @example answered
             */
            status?: string;
            /**
             * Format: date-time
             * @description When the call started.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the call last changed.
             */
            updatedAt?: string;
            answeredAt?: string | null;
            answeredByUserId?: string | null;
            completedAt?: string | null;
            /** @description Seconds. */
            duration?: number;
            hasVoicemail?: boolean;
            forwardedFrom?: string | null;
            forwardedTo?: string | null;
            recordings?: {
                id?: string;
                duration?: number;
                /**
                 * Format: date-time
                 * @description When the recording started.
                 */
                startTime?: string;
                type?: string;
                url?: string;
            }[];
        };
        /** @description The surroundings of a 2026-03-30 call event. */
        CallContextV20260330: {
            /**
             * @description The workspace.
             * @example OR123
             */
            orgId: string;
            /**
             * @description The workspace number.
             * @example PN123
             */
            phoneNumberId: string;
            /** @example CN123 */
            conversationId?: string;
            /** @example shared */
            phoneNumberType?: string;
            userId?: string | null;
            contacts?: components["schemas"]["ContactLookupV20260330"];
            participants: components["schemas"]["ParticipantsV20260330"];
        };
        /** @description The summary of a 2026-03-30 `call.summary.completed` event. */
        CallSummaryResourceV20260330: {
            /** @example AC-summary */
            callId: string;
            /** @example completed */
            processingStatus: string;
            summary?: string[] | null;
            nextSteps?: string[] | null;
            fromPhoneNumber?: string | null;
            handledByAiAgent?: boolean;
            answeredByUserId?: string | null;
            jobs?: unknown[] | null;
        };
        /** @description The transcript of a 2026-03-30 `call.transcript.completed` event. */
        CallTranscriptResourceV20260330: {
            /** @example AC-transcript */
            callId: string;
            /**
             * Format: date-time
             * @description When the transcript was made.
             */
            createdAt?: string;
            /** @description Seconds. */
            duration?: number;
            /** @example completed */
            processingStatus: string;
            dialogue?: {
                userId?: string | null;
                identifier?: string | null;
                content: string;
                start: number;
                end: number;
            }[] | null;
        };
        /** @description The voicemail of a 2026-03-30 `call.voicemail.completed` event. */
        VoicemailResourceV20260330: {
            /** @example AC-voicemail */
            id?: string;
            /** @example VM123 */
            voicemailId?: string;
            /**
             * @description The call the voicemail was left on.
             * @example AC-source-call
             */
            callId: string;
            /** @enum {string} */
            direction?: "incoming" | "outgoing";
            /** @description Seconds. */
            duration?: number;
            from?: string;
            to?: string;
            transcript?: string | null;
            recordingUrl?: string | null;
            /**
             * Format: date-time
             * @description When the voicemail was left.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updatedAt?: string;
        };
        /** @description The contact of a 2026-03-30 contact event (`contact.deleted` has the same shape). */
        ContactResourceV20260330: {
            /** @example CT123 */
            id: string;
            firstName?: string | null;
            lastName?: string | null;
            company?: string | null;
            role?: string | null;
            location?: string | null;
            source?: string | null;
            externalId?: string | null;
            emails?: {
                value: string;
                type?: string;
            }[];
            phoneNumbers?: {
                value: string;
                type?: string;
            }[];
            customFields?: {
                name?: string;
                key: string;
                id?: string;
                type?: string;
                value?: unknown;
            }[];
            /**
             * Format: date-time
             * @description When the contact was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updatedAt?: string;
        };
        /** @description The surroundings of a 2026-03-30 contact event. */
        ContactContextV20260330: {
            /** @example OR123 */
            orgId: string;
            userId?: string | null;
            sharedWithIds?: string[];
        };
        /** @description `message.received` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        MessageReceivedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.received";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageV3"];
            };
        };
        /** @description `message.received` from legacy webhooks created through the API (`apiVersion` `v4`). */
        MessageReceivedEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.received";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageV4"];
            };
        };
        /** @description `message.received` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        MessageReceivedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.received";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["MessageResourceV20260330"];
                context: components["schemas"]["MessageContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `message.received` in every generation that sends it: narrow on `apiVersion`. */
        MessageReceivedEvent: components["schemas"]["MessageReceivedEventV3"] | components["schemas"]["MessageReceivedEventV4"] | components["schemas"]["MessageReceivedEventV20260330"];
        /** @description `message.delivered` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        MessageDeliveredEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.delivered";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageV3"];
            };
        };
        /** @description `message.delivered` from legacy webhooks created through the API (`apiVersion` `v4`). */
        MessageDeliveredEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.delivered";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageV4"];
            };
        };
        /** @description `message.delivered` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        MessageDeliveredEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.delivered";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["MessageResourceV20260330"];
                context: components["schemas"]["MessageContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `message.delivered` in every generation that sends it: narrow on `apiVersion`. */
        MessageDeliveredEvent: components["schemas"]["MessageDeliveredEventV3"] | components["schemas"]["MessageDeliveredEventV4"] | components["schemas"]["MessageDeliveredEventV20260330"];
        /** @description `message.failed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        MessageFailedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.failed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["MessageResourceV20260330"];
                context: components["schemas"]["MessageContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `message.failed` in every generation that sends it: narrow on `apiVersion`. */
        MessageFailedEvent: components["schemas"]["MessageFailedEventV20260330"];
        /** @description `call.ringing` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        CallRingingEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.ringing";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV3"];
            };
        };
        /** @description `call.ringing` from legacy webhooks created through the API (`apiVersion` `v4`). */
        CallRingingEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.ringing";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV4"];
            };
        };
        /** @description `call.ringing` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallRingingEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.ringing";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.ringing` in every generation that sends it: narrow on `apiVersion`. */
        CallRingingEvent: components["schemas"]["CallRingingEventV3"] | components["schemas"]["CallRingingEventV4"] | components["schemas"]["CallRingingEventV20260330"];
        /** @description `call.answered` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallAnsweredEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.answered";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.answered` in every generation that sends it: narrow on `apiVersion`. */
        CallAnsweredEvent: components["schemas"]["CallAnsweredEventV20260330"];
        /** @description `call.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        CallCompletedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV3"];
            };
        };
        /** @description `call.completed` from legacy webhooks created through the API (`apiVersion` `v4`). */
        CallCompletedEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV4"];
            };
        };
        /** @description `call.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallCompletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.completed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.completed` in every generation that sends it: narrow on `apiVersion`. */
        CallCompletedEvent: components["schemas"]["CallCompletedEventV3"] | components["schemas"]["CallCompletedEventV4"] | components["schemas"]["CallCompletedEventV20260330"];
        /** @description `call.forwarded` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallForwardedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.forwarded";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.forwarded` in every generation that sends it: narrow on `apiVersion`. */
        CallForwardedEvent: components["schemas"]["CallForwardedEventV20260330"];
        /** @description `call.missed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallMissedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.missed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.missed` in every generation that sends it: narrow on `apiVersion`. */
        CallMissedEvent: components["schemas"]["CallMissedEventV20260330"];
        /** @description `call.recording.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        CallRecordingCompletedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.recording.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV3"];
            };
        };
        /** @description `call.recording.completed` from legacy webhooks created through the API (`apiVersion` `v4`). */
        CallRecordingCompletedEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.recording.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallV4"];
            };
        };
        /** @description `call.recording.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallRecordingCompletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.recording.completed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.recording.completed` in every generation that sends it: narrow on `apiVersion`. */
        CallRecordingCompletedEvent: components["schemas"]["CallRecordingCompletedEventV3"] | components["schemas"]["CallRecordingCompletedEventV4"] | components["schemas"]["CallRecordingCompletedEventV20260330"];
        /** @description `call.summary.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        CallSummaryCompletedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.summary.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallSummaryV3"];
            };
        };
        /** @description `call.summary.completed` from legacy webhooks created through the API (`apiVersion` `v4`). */
        CallSummaryCompletedEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.summary.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallSummaryV4"];
            };
        };
        /** @description `call.summary.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallSummaryCompletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.summary.completed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallSummaryResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.summary.completed` in every generation that sends it: narrow on `apiVersion`. */
        CallSummaryCompletedEvent: components["schemas"]["CallSummaryCompletedEventV3"] | components["schemas"]["CallSummaryCompletedEventV4"] | components["schemas"]["CallSummaryCompletedEventV20260330"];
        /** @description `call.transcript.completed` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        CallTranscriptCompletedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.transcript.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallTranscriptV3"];
            };
        };
        /** @description `call.transcript.completed` from legacy webhooks created through the API (`apiVersion` `v4`). */
        CallTranscriptCompletedEventV4: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v4`: a legacy webhook created through `/v1/webhooks/*` (signed with `openphone-signature`).
             * @constant
             */
            apiVersion: "v4";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.transcript.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallTranscriptV4"];
            };
        };
        /** @description `call.transcript.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallTranscriptCompletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.transcript.completed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["CallTranscriptResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.transcript.completed` in every generation that sends it: narrow on `apiVersion`. */
        CallTranscriptCompletedEvent: components["schemas"]["CallTranscriptCompletedEventV3"] | components["schemas"]["CallTranscriptCompletedEventV4"] | components["schemas"]["CallTranscriptCompletedEventV20260330"];
        /** @description `call.voicemail.completed` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        CallVoicemailCompletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.voicemail.completed";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["VoicemailResourceV20260330"];
                context: components["schemas"]["CallContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `call.voicemail.completed` in every generation that sends it: narrow on `apiVersion`. */
        CallVoicemailCompletedEvent: components["schemas"]["CallVoicemailCompletedEventV20260330"];
        /** @description `contact.updated` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        ContactUpdatedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "contact.updated";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["ContactV3"];
            };
        };
        /** @description `contact.updated` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        ContactUpdatedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "contact.updated";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["ContactResourceV20260330"];
                context: components["schemas"]["ContactContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `contact.updated` in every generation that sends it: narrow on `apiVersion`. */
        ContactUpdatedEvent: components["schemas"]["ContactUpdatedEventV3"] | components["schemas"]["ContactUpdatedEventV20260330"];
        /** @description `contact.deleted` from legacy webhooks created in the app (`apiVersion` `v2`/`v3`). */
        ContactDeletedEventV3: {
            /**
             * @description The event's id.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description `v2` or `v3`: a legacy webhook created in the OpenPhone app (signed with `openphone-signature`).
             * @enum {string}
             */
            apiVersion: "v2" | "v3";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "contact.deleted";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["ContactV3"];
            };
        };
        /** @description `contact.deleted` from webhooks of the new system, version 2026-03-30 (Standard Webhooks). */
        ContactDeletedEventV20260330: {
            /**
             * @description The event's id: the same for every webhook it goes to and across retries. Deduplicate deliveries on the `webhook-id` header instead.
             * @example EV123
             */
            id: string;
            /**
             * @description `2026-03-30`: a webhook of the new system, pinned to this version when created (signed with the Standard Webhooks headers).
             * @constant
             */
            apiVersion: "2026-03-30";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "contact.deleted";
            /** @description The resource, its surroundings, and links. */
            data: {
                resource: components["schemas"]["ContactResourceV20260330"];
                context: components["schemas"]["ContactContextV20260330"];
                links: components["schemas"]["LinksV20260330"];
            };
        };
        /** @description `contact.deleted` in every generation that sends it: narrow on `apiVersion`. */
        ContactDeletedEvent: components["schemas"]["ContactDeletedEventV3"] | components["schemas"]["ContactDeletedEventV20260330"];
    };
    responses: never;
    parameters: {
        /** @description Legacy webhooks (`v2`/`v3`/`v4`): `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
        OpenPhoneSignature: string;
        /** @description New system (`2026-03-30`): the delivery id, stable across retries: the idempotency key. */
        WebhookId: string;
        /** @description New system (`2026-03-30`): when the delivery was signed, in Unix seconds. */
        WebhookTimestamp: string;
        /** @description New system (`2026-03-30`): space-separated `v1,<base64 HMAC-SHA256>` entries, keyed with the base64 part of the webhook's `whsec_…` secret over `<webhook-id>.<webhook-timestamp>.<raw body>` (Standard Webhooks). */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
