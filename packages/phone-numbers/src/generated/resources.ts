// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A phone number, as the API returns it.
 *
 * Returned by `listPhoneNumbers`.
 */
export interface PhoneNumber extends NonNullable<components["schemas"]["PhoneNumber"]> {}
