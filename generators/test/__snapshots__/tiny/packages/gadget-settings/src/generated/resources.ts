// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type { components } from "./openapi.js";

/**
 * A gadget settings, as the API returns it.
 *
 * Returned by `getGadgetSettings`.
 */
export interface GadgetSettings extends NonNullable<components["schemas"]["GadgetSettings"]> {}
