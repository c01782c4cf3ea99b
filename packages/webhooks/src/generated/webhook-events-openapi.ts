// Generated from spec/webhooks.openapi.json (and the spec/openapi.json schemas it references) by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
export type paths = Record<string, never>;
export interface webhooks {
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
         * @description A call to or from one of the workspace's numbers ended (answered, missed, or sent to voicemail). Sent to call webhooks subscribed to `call.completed`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description The recording of a call is ready; fetch it with `getCallRecordings`. Sent to call webhooks subscribed to `call.recording.completed`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description An incoming call is ringing one of the workspace's numbers. Sent to call webhooks subscribed to `call.ringing`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description The AI summary of a call is ready. Sent to call summary webhooks subscribed to `call.summary.completed`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description The transcript of a call is ready. Sent to call transcript webhooks subscribed to `call.transcript.completed`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description A message sent from one of the workspace's numbers was delivered. Sent to message webhooks subscribed to `message.delivered`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
         * @description One of the workspace's numbers received a message. Sent to message webhooks subscribed to `message.received`.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
                    "openphone-signature": components["parameters"]["OpenPhoneSignature"];
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
                /** @description Any 2xx answer acknowledges the event. */
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
        /** @description The `call.completed` event: a call ended. */
        CallCompletedEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallObject"];
            };
        };
        /** @description The `call.recording.completed` event: a call's recording is ready. */
        CallRecordingCompletedEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.recording.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallObject"];
            };
        };
        /** @description The `call.ringing` event: a call is ringing. */
        CallRingingEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.ringing";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallObject"];
            };
        };
        /** @description The `call.summary.completed` event: a call's summary is ready. */
        CallSummaryCompletedEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.summary.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallSummaryObject"];
            };
        };
        /** @description The `call.transcript.completed` event: a call's transcript is ready. */
        CallTranscriptCompletedEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "call.transcript.completed";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["CallTranscriptObject"];
            };
        };
        /** @description The `message.delivered` event: a message was delivered. */
        MessageDeliveredEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.delivered";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageObject"];
            };
        };
        /** @description The `message.received` event: a message was received. */
        MessageReceivedEvent: {
            /**
             * @description The event's unique identifier.
             * @example EVc67ec998b35c41d388af50799aeeba3e
             */
            id: string;
            /**
             * @description Always `event`.
             * @constant
             */
            object: "event";
            /**
             * @description The API version the payload is formatted for.
             * @example v3
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the event happened, in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * @description What happened: the discriminant of `WebhookEvent`.
             * @constant
             */
            type: "message.received";
            /** @description The resource the event is about. */
            data: {
                object: components["schemas"]["MessageObject"];
            };
        };
    };
    responses: never;
    parameters: {
        /** @description `hmac;1;<timestamp in ms>;<base64 HMAC-SHA256>`, several comma-separated when more than one applies. The HMAC is keyed with the webhook's signing key (base64-decoded) over the bytes `<timestamp>.<raw body>`. Verify with `unwrap` from @openphone-sdk/webhooks. */
        OpenPhoneSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
