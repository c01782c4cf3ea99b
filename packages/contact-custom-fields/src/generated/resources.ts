// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A custom field, as the API returns it.
 *
 * Returned by `getContactCustomFields`.
 */
export interface CustomField extends NonNullable<components["schemas"]["CustomField"]> {}
