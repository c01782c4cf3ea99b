// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A contact, as the API returns it.
 *
 * Returned by `createContact`, `getContactById`, `listContacts`.
 */
export interface Contact extends NonNullable<components["schemas"]["Contact"]> {}

/**
 * An updated contact, as the API returns it.
 *
 * Returned by `updateContactById`.
 */
export interface UpdatedContact extends NonNullable<components["schemas"]["UpdatedContact"]> {}
