// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { Contact, UpdatedContact } from "./resources.js";
export interface paths {
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Retrieve a paginated list of contacts associated with specific external IDs. You can optionally filter the results further by providing a list of sources. **Note**: The `externalIds` parameter is currently required to specify the contacts you want to retrieve.
         */
        get: operations["listContacts_v1"];
        put?: never;
        /**
         * Create a contact
         * @description Create a contact for a workspace.
         */
        post: operations["createContact_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact by ID
         * @description Retrieve detailed information about a specific contact in your OpenPhone workspace using the contact's unique identifier.
         */
        get: operations["getContactById_v1"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Delete a contact by its unique identifier.
         */
        delete: operations["deleteContact_v1"];
        options?: never;
        head?: never;
        /**
         * Update a contact by ID
         * @description Modify an existing contact in your OpenPhone workspace using the contact's unique identifier.
         */
        patch: operations["updateContactById_v1"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Contact: {
            /**
             * @description The unique identifier of the contact.
             * @example 664d0db69fcac7cf2e6ec
             */
            id: string;
            externalId: string | null;
            source: string | null;
            sourceUrl: string | null;
            defaultFields: {
                company: string | null;
                emails: {
                    /**
                     * @description The name for the contact's email address.
                     * @example company email
                     */
                    name: string;
                    value: string | null;
                    /**
                     * @description The unique identifier for the contact email field.
                     * @example acb123
                     */
                    id?: string;
                }[];
                firstName: string | null;
                lastName: string | null;
                phoneNumbers: {
                    /**
                     * @description The name of the contact's phone number.
                     * @example company phone
                     */
                    name: string;
                    value: string | null;
                    /**
                     * @description The unique identifier of the contact phone number field.
                     * @example acb123
                     */
                    id?: string;
                }[];
                role: string | null;
            };
            customFields: ({
                /**
                 * @description The name of the custom contact field. This name is set by users in the OpenPhone interface when the custom field is created.
                 * @example Inbound Lead
                 */
                name: string;
                /**
                 * @description The identifying key for contact custom field.
                 * @example inbound-lead
                 */
                key?: string;
                /**
                 * @description The unique identifier for the contact custom field.
                 * @example 66d0d87d534de8fd1c433cec3
                 */
                id?: string;
            } & ({
                /** @enum {string} */
                type: "multi-select";
                value: string[] | null;
            } | {
                /** @enum {string} */
                type: "address" | "string" | "url";
                value: string | null;
            } | {
                /** @enum {string} */
                type: "boolean";
                value: boolean | null;
            } | {
                /** @enum {string} */
                type: "date";
                value: string | null;
            } | {
                /** @enum {string} */
                type: "number";
                value: number | null;
            }))[];
            /**
             * Format: date-time
             * @description Timestamp of contact creation in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Timestamp of last contact update in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            updatedAt: string;
            /**
             * @description The unique identifier of the user who created the contact.
             * @example US123abc
             */
            createdByUserId: string;
        };
        UpdatedContact: {
            /**
             * @description The unique identifier of the contact.
             * @example 664d0db69fcac7cf2e6ec
             */
            id: string;
            externalId: string | null;
            source: string | null;
            sourceUrl: string | null;
            defaultFields: {
                company: string | null;
                emails: {
                    /**
                     * @description The name for the contact's email address.
                     * @example company email
                     */
                    name: string;
                    value: string | null;
                    /**
                     * @description The unique identifier for the contact email field.
                     * @example acb123
                     */
                    id?: string;
                }[];
                firstName: string | null;
                lastName: string | null;
                phoneNumbers: {
                    /**
                     * @description The name of the contact's phone number.
                     * @example company phone
                     */
                    name: string;
                    value: string | null;
                    /**
                     * @description The unique identifier of the contact phone number field.
                     * @example acb123
                     */
                    id?: string;
                }[];
                role: string | null;
            };
            customFields: ({
                /**
                 * @description The name of the custom contact field. This name is set by users in the OpenPhone interface when the custom field is created.
                 * @example Inbound Lead
                 */
                name: string;
                /**
                 * @description The identifying key for contact custom field.
                 * @example inbound-lead
                 */
                key?: string;
            } & ({
                /** @enum {string} */
                type: "multi-select";
                value: string[] | null;
            } | {
                /** @enum {string} */
                type: "address" | "string" | "url";
                value: string | null;
            } | {
                /** @enum {string} */
                type: "boolean";
                value: boolean | null;
            } | {
                /** @enum {string} */
                type: "date";
                value: string | null;
            } | {
                /** @enum {string} */
                type: "number";
                value: number | null;
            }))[];
            /**
             * Format: date-time
             * @description Timestamp of contact creation in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Timestamp of last contact update in ISO 8601 format.
             * @example 2022-01-01T00:00:00Z
             */
            updatedAt: string;
            /**
             * @description The unique identifier of the user who created the contact.
             * @example US123abc
             */
            createdByUserId: string;
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
    listContacts_v1: {
        parameters: {
            query: {
                /** @description A list of unique identifiers from an external system used to retrieve specific contacts. This parameter is required and ensures the result set is limited to the contacts associated with the provided `externalIds`. These IDs must match the ones supplied during contact creation via the "Create Contacts" endpoint. Use this parameter to cross-reference and fetch contacts linked to external systems. */
                externalIds: string[];
                sources?: string[];
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
                        data: Contact[];
                        /** @description Total number of items available. ⚠️ Note: `totalItems` is not accurately returning the total number of items that can be paginated. We are working on fixing this issue. */
                        totalItems: number;
                        nextPageToken: string | null;
                    };
                };
            };
            /** @description Invalid Custom Field Item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0801400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Invalid Custom Field Item";
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
                        description: "Invalid Custom Field Item";
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
                        code: "0800401";
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
                        code: "0801403";
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
                        code: "0800404";
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0800409";
                        /** @constant */
                        status: 409;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Conflict";
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
                        code: "0801500";
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
    createContact_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defaultFields: {
                        company?: string | null;
                        emails?: {
                            /**
                             * @description The name for the contact's email address.
                             * @example company email
                             */
                            name: string;
                            value: string | null;
                        }[];
                        firstName: string | null;
                        lastName?: string | null;
                        phoneNumbers?: {
                            /**
                             * @description The name of the contact's phone number.
                             * @example company phone
                             */
                            name: string;
                            value: string | null;
                        }[];
                        role?: string | null;
                    };
                    customFields?: ({
                        /**
                         * @description The identifying key for contact custom field.
                         * @example inbound-lead
                         */
                        key?: string;
                    } & ({
                        value: string[] | null;
                    } | {
                        value: string | null;
                    } | {
                        value: boolean | null;
                    } | {
                        value: string | null;
                    } | {
                        value: number | null;
                    }))[];
                    /**
                     * @description The unique identifier of the user who created the contact.
                     * @example US123abc
                     */
                    createdByUserId?: string;
                    /**
                     * @description The contact's source. Defaults to `null` for contacts created in the UI. Defaults to `public-api` for contacts created via the public API. Cannot be one of the following reserved words: `openphone`, `device`, `csv`, `zapier`, `google-people`, `other` or start with one of the following reserved prefixes: `openphone`, `csv`.
                     * @default public-api
                     * @example public-api
                     * @example custom-hubspot
                     * @example google-calendar
                     */
                    source?: string;
                    /**
                     * Format: uri
                     * @description A link to the contact in the source system.
                     * @example https://openphone.co/contacts/664d0db69fcac7cf2e6ec
                     */
                    sourceUrl?: string;
                    externalId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Contact;
                    };
                };
            };
            /** @description Invalid Custom Field Item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0801400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Invalid Custom Field Item";
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
                        description: "Invalid Custom Field Item";
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
                        code: "0800401";
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
                        code: "0801403";
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
                        code: "0800404";
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0800409";
                        /** @constant */
                        status: 409;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Conflict";
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
                        code: "0801500";
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
    getContactById_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the contact. */
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
                        data: Contact;
                    };
                };
            };
            /** @description Invalid Custom Field Item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0801400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Invalid Custom Field Item";
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
                        description: "Invalid Custom Field Item";
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
                        code: "0800401";
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
                        code: "0801403";
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
                        code: "0800404";
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0800409";
                        /** @constant */
                        status: 409;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Conflict";
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
                        code: "0801500";
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
    deleteContact_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the contact. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid Custom Field Item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0801400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Invalid Custom Field Item";
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
                        description: "Invalid Custom Field Item";
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
                        code: "0800401";
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
                        code: "0801403";
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
                        code: "0800404";
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0800409";
                        /** @constant */
                        status: 409;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Conflict";
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
                        code: "0801500";
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
    updateContactById_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unique identifier of the contact. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId?: string | null;
                    source?: string | null;
                    sourceUrl?: string | null;
                    defaultFields?: {
                        company?: string | null;
                        emails?: {
                            /**
                             * @description The name for the contact's email address.
                             * @example company email
                             */
                            name: string;
                            value: string | null;
                            /**
                             * @description The unique identifier for the contact email field.
                             * @example acb123
                             */
                            id?: string;
                        }[];
                        firstName?: string | null;
                        lastName?: string | null;
                        phoneNumbers?: {
                            /**
                             * @description The name of the contact's phone number.
                             * @example company phone
                             */
                            name: string;
                            value: string | null;
                            /**
                             * @description The unique identifier of the contact phone number field.
                             * @example acb123
                             */
                            id?: string;
                        }[];
                        role?: string | null;
                    };
                    customFields?: ({
                        /**
                         * @description The identifying key for contact custom field.
                         * @example inbound-lead
                         */
                        key?: string;
                        /**
                         * @description The unique identifier for the contact custom field.
                         * @example 66d0d87d534de8fd1c433cec3
                         */
                        id?: string;
                    } & ({
                        value: string[] | null;
                    } | {
                        value: string | null;
                    } | {
                        value: boolean | null;
                    } | {
                        value: string | null;
                    } | {
                        value: number | null;
                    }))[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: UpdatedContact;
                    };
                };
            };
            /** @description Invalid Custom Field Item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0801400";
                        /** @constant */
                        status: 400;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Invalid Custom Field Item";
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
                        description: "Invalid Custom Field Item";
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
                        code: "0800401";
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
                        code: "0801403";
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
                        code: "0800404";
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
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @constant */
                        code: "0800409";
                        /** @constant */
                        status: 409;
                        /** @constant */
                        docs: "https://openphone.com/docs";
                        /** @constant */
                        title: "Conflict";
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
                        code: "0801500";
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
