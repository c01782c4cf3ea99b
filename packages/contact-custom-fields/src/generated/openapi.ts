// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { CustomField } from "./resources.js";
export interface paths {
    "/v1/contact-custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get contact custom fields
         * @description Custom contact fields enhance your OpenPhone contacts with additional information beyond standard details like name, company, role, emails and phone numbers. These user-defined fields let you capture business-specific data. While you can only create or modify these fields in OpenPhone itself, this endpoint retrieves your existing custom properties. Use this information to accurately map and include important custom data when creating new contacts via the API.
         */
        get: operations["getContactCustomFields_v1"];
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
        CustomField: {
            /**
             * @description The name of the custom contact field. This name is set by users in the OpenPhone interface when the custom field is created.
             * @example Inbound Lead
             */
            name: string;
            /**
             * @description The identifying key for contact custom field.
             * @example inbound-lead
             */
            key: string;
            /**
             * @description The data type of the custom contact field, determining what kind of information can be stored and how it should be formatted.
             * @example boolean
             * @enum {string}
             */
            type: "address" | "boolean" | "date" | "multi-select" | "number" | "string" | "url";
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
    getContactCustomFields_v1: {
        parameters: {
            query?: never;
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
                        data: CustomField[];
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
                        code: "0700400";
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
                        code: "0700401";
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
                        code: "0700403";
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
                        code: "0700404";
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
                        code: "0701500";
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
