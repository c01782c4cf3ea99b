// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { PhoneNumber } from "./resources.js";
export interface paths {
    "/v1/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phone numbers
         * @description Retrieve the list of phone numbers and users associated with your OpenPhone workspace.
         */
        get: operations["listPhoneNumbers_v1"];
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
        ListPhoneNumbersResponse: {
            data: PhoneNumber[];
        };
        PhoneNumber: {
            /**
             * @description The unique identifier of OpenPhone phone number.
             * @example PN123bc
             */
            id: string;
            /**
             * @description The unique identifier of the group to which the OpenPhone number belongs.
             * @example 1234
             */
            groupId: string;
            /**
             * @description Timestamp of when the phone number was added to the account in ISO 8601 format.
             * @example '2022-01-01T00:00:00Z'
             */
            createdAt: string;
            /**
             * @description Timestamp of the last update to the phone number's details in ISO 8601 format.
             * @example '2022-01-01T00:00:00Z'
             */
            updatedAt: string;
            /**
             * @description The display name of the phone number
             * @example My phone number
             */
            name: string;
            /**
             * @description A phone number in E.164 format, including the country code.
             * @example +15555555555
             */
            number: string;
            formattedNumber: string | null;
            forward: string | null;
            portRequestId: string | null;
            portingStatus: string | null;
            symbol: string | null;
            users: {
                email: string;
                firstName: string | null;
                groupId: string;
                id: string;
                lastName: string | null;
                role: string;
            }[];
            restrictions: {
                messaging: {
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    CA: "restricted" | "unrestricted";
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    US: "restricted" | "unrestricted";
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    Intl: "restricted" | "unrestricted";
                };
                calling: {
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    CA: "restricted" | "unrestricted";
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    US: "restricted" | "unrestricted";
                    /**
                     * @description The phone-number usage restriction status for a specific region
                     * @example unrestricted
                     * @enum {string}
                     */
                    Intl: "restricted" | "unrestricted";
                };
            };
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
    listPhoneNumbers_v1: {
        parameters: {
            query?: {
                /** @description Filter results to return only phone numbers associated with the specified user"s unique identifier. */
                userId?: string;
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
                    "application/json": components["schemas"]["ListPhoneNumbersResponse"];
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
                        code: "0400400";
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
                        code: "0400401";
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
                        code: "0400403";
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
                        code: "0400404";
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
                        code: "0401500";
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
