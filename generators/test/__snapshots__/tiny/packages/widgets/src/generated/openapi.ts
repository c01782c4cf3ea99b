// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
export interface paths {
    "/v1/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List widgets
         * @description Lists widgets, newest first.
         */
        get: operations["listWidgets_v1"];
        put?: never;
        /** Create a widget */
        post: operations["createWidget_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/widgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a widget */
        delete: operations["deleteWidget_v1"];
        options?: never;
        head?: never;
        /** Update a widget */
        patch: operations["updateWidget_v1"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        Color: "red" | "blue";
        Widget: {
            /** @example WG123 */
            id: string;
            name: string;
            color?: components["schemas"]["Color"];
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
    listWidgets_v1: {
        parameters: {
            query: {
                /** @description Page size. */
                maxResults: number;
                color?: ("red" | "blue")[];
                /**
                 * @deprecated
                 * @description DEPRECATED, use createdAfter.
                 */
                since?: string;
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
                        data: components["schemas"]["Widget"][];
                        nextPageToken: string | null;
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
                    };
                };
            };
        };
    };
    createWidget_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @example OP123 */
                    ownerId: string;
                    /** @deprecated */
                    legacyId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Widget"];
                    };
                };
            };
        };
    };
    deleteWidget_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWidget_v1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Widget"];
                    };
                };
            };
        };
    };
}
