// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { Call, CallRecording, CallSummary, CallTranscript } from "./resources.js";
export interface paths {
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calls
         * @description Fetch a paginated list of calls associated with a specific OpenPhone number and another number.
         */
        get: operations["listCalls_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-recordings/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get recordings for a call
         * @description Retrieve a list of recordings associated with a specific call. The results are sorted chronologically, with the oldest recording segment appearing first in the list.
         */
        get: operations["getCallRecordings_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-summaries/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a summary for a call
         * @description Retrieve an AI-generated summary of a specific call identified by its unique call ID. Call summaries are only available on OpenPhone Business plan.
         */
        get: operations["getCallSummary_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-transcripts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a transcription for a call
         * @description Retrieve a detailed transcript of a specific call identified by its unique call ID. Call transcripts are only available on OpenPhone business plan.
         */
        get: operations["getCallTranscript_v1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Call: {
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
        CallRecording: {
            duration: number | null;
            /**
             * @description The unique identifier of the call recording.
             * @example CRwRVK2qBq
             */
            id: string;
            startTime: string | null;
            status: ("absent" | "completed" | "deleted" | "failed" | "in-progress" | "paused" | "processing" | "stopped" | "stopping") | null;
            type: string | null;
            url: string | null;
        };
        CallSummary: {
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
        CallTranscript: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCalls_v1: {
        parameters: {
            query: {
                /** @description The unique identifier of the OpenPhone number associated with the call. */
                phoneNumberId: string;
                /** @description The unique identifier of the OpenPhone user who either placed or received the call. Defaults to the workspace owner. */
                userId?: string;
                /** @description The phone numbers of participants involved in the call conversation, excluding your OpenPhone number. Each number should contain the country code and conform to the E.164 format. Currently limited to one-to-one (1:1) conversations only. */
                participants: string[];
                /**
                 * @deprecated
                 * @description DEPRECATED, use "createdAfter" or "createdBefore" instead. "since" incorrectly behaves as "createdBefore" and will be removed in an upcoming release.
                 */
                since?: string;
                /** @description Filter results to only include calls created after the specified date and time, in ISO 8601 format. */
                createdAfter?: string;
                /** @description Filter results to only include calls created before the specified date and time, in ISO 8601 format. */
                createdBefore?: string;
                /** @description Maximum number of results to return per page. */
                maxResults: number;
                pageToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Call[];
                        /** @description Total number of items available. ⚠️ Note: `totalItems` is not accurately returning the total number of items that can be paginated. We are working on fixing this issue. */
                        totalItems: number;
                        nextPageToken: string | null;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0100400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Bad Request";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0100401";
                        /** @constant */
                        status: 401;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unauthorized";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not Phone Number User */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0101403";
                        /** @constant */
                        status: 403;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Phone Number User";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                        /** @constant */
                        description: "Not Phone Number User";
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0100404";
                        /** @constant */
                        status: 404;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Found";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unknown Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0101500";
                        /** @constant */
                        status: 500;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unknown";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    getCallRecordings_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the call for which recordings are being retrieved. */
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: CallRecording[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0900400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Bad Request";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0900401";
                        /** @constant */
                        status: 401;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unauthorized";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0900403";
                        /** @constant */
                        status: 403;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Forbidden";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0900404";
                        /** @constant */
                        status: 404;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Found";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unknown Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0901500";
                        /** @constant */
                        status: 500;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unknown";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    getCallSummary_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the call associated with the summary. */
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: CallSummary;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0500400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Bad Request";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0500401";
                        /** @constant */
                        status: 401;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unauthorized";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0500403";
                        /** @constant */
                        status: 403;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Forbidden";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0500404";
                        /** @constant */
                        status: 404;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Found";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unknown Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0501500";
                        /** @constant */
                        status: 500;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unknown";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
    getCallTranscript_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier of the call associated with this transcript. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: CallTranscript;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0600400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Bad Request";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0600401";
                        /** @constant */
                        status: 401;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unauthorized";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0600403";
                        /** @constant */
                        status: 403;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Forbidden";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0600404";
                        /** @constant */
                        status: 404;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Found";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Unknown Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0601500";
                        /** @constant */
                        status: 500;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Unknown";
                        trace?: string;
                        errors?: {
                            path: string;
                            message: string;
                            value?: unknown;
                            schema: {
                                type: string;
                            };
                        }[];
                    };
                };
            };
        };
    };
}
