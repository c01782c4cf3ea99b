// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { Message } from "./resources.js";
export interface paths {
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List messages
         * @description Retrieve a chronological list of messages exchanged between your OpenPhone number and specified participants, with support for filtering and pagination.
         */
        get: operations["listMessages_v1"];
        put?: never;
        /**
         * Send a text message
         * @description Send a text message from your OpenPhone number to a recipient.
         */
        post: operations["sendMessage_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message by ID
         * @description Get a message by its unique identifier.
         */
        get: operations["getMessageById_v1"];
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
        Message: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMessages_v1: {
        parameters: {
            query: {
                /** @description The unique identifier of the OpenPhone number used to send or receive the messages. PhoneNumberID can be retrieved via the Get Phone Numbers endpoint. */
                phoneNumberId: string;
                /** @description The unique identifier of the user the message was sent from. */
                userId?: string;
                /** @description Array of phone numbers involved in the conversation, excluding your OpenPhone number, in E.164 format. */
                participants: string[];
                /**
                 * @deprecated
                 * @description DEPRECATED, use "createdAfter" or "createdBefore" instead. "since" currently behaves as "createdBefore" and will be removed in an upcoming release.
                 */
                since?: string;
                /** @description Filter results to only include messages created after the specified date and time, in ISO_8601 format. */
                createdAfter?: string;
                /** @description Filter results to only include messages created before the specified date and time, in ISO_8601 format. */
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
                        data: Message[];
                        /** @description Total number of items available. ⚠️ Note: `totalItems` is not accurately returning the total number of items that can be paginated. We are working on fixing this issue. */
                        totalItems: number;
                        nextPageToken: string | null;
                    };
                };
            };
            /** @description A2P Registration Not Approved */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0206400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "A2P Registration Not Approved";
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
                        description: "A2P Registration Not Approved";
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
                        code: "0200401";
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
            /** @description Not Enough Credits */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0200402";
                        /** @constant */
                        status: 402;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Enough Credits";
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
                        description: "The organization does not have enough prepaid credits to send the message";
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
                        code: "0202403";
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
                        code: "0200404";
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
                        code: "0201500";
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
    sendMessage_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text content of the message to be sent. */
                    content: string;
                    /**
                     * @deprecated
                     * @description DEPRECATED, use "from" instead. OpenPhone phone number ID to send a message from
                     * @example OP1232abc
                     */
                    phoneNumberId?: string;
                    from: string;
                    to: string[];
                    /**
                     * @description The unique identifier of the OpenPhone user sending the message. If not provided, defaults to the phone number owner.
                     * @example US123abc
                     */
                    userId?: string;
                    /**
                     * @description Used to set the status of the related OpenPhone inbox conversation. The default behavior without setting this parameter will be for the message sent to show up as an open conversation in the user's inbox. Setting the parameter to `'done'` would move the conversation to the Done inbox view.
                     * @example done
                     * @enum {string}
                     */
                    setInboxStatus?: "done";
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Message;
                    };
                };
            };
            /** @description A2P Registration Not Approved */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0206400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "A2P Registration Not Approved";
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
                        description: "A2P Registration Not Approved";
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
                        code: "0200401";
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
            /** @description Not Enough Credits */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0200402";
                        /** @constant */
                        status: 402;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Enough Credits";
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
                        description: "The organization does not have enough prepaid credits to send the message";
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
                        code: "0202403";
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
                        code: "0200404";
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
                        code: "0201500";
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
    getMessageById_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of a message */
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
                        data: Message;
                    };
                };
            };
            /** @description A2P Registration Not Approved */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0206400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "A2P Registration Not Approved";
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
                        description: "A2P Registration Not Approved";
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
                        code: "0200401";
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
            /** @description Not Enough Credits */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0200402";
                        /** @constant */
                        status: 402;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Not Enough Credits";
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
                        description: "The organization does not have enough prepaid credits to send the message";
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
                        code: "0202403";
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
                        code: "0200404";
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
                        code: "0201500";
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
