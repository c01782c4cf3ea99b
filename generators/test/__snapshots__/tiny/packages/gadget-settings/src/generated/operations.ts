// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import type {
  OpenPhoneClient,
  OperationSpec,
  RequestOptions,
  SuccessBody,
} from "@openphone-sdk/core";
import { request } from "@openphone-sdk/core/internal";
import type { operations } from "./openapi.js";

/**
 * Params of {@link getGadgetSettings}: path, query and body values in one object.
 *
 * @interface
 */
export type GetGadgetSettingsParams = Record<string, never>;
/** What {@link getGadgetSettings} resolves to: the 200 response body. */
export interface GetGadgetSettingsResponse extends SuccessBody<operations["getGadgetSettings_v1"]> {}

/** Request table of {@link getGadgetSettings}, read by the core runtime. */
export const getGadgetSettingsOperation: OperationSpec = {
  id: "getGadgetSettings_v1",
  method: "GET",
  path: "/v1/gadget-settings",
  params: {},
  returnsBody: true,
};

/**
 * Get gadget settings
 *
 * `GET /v1/gadget-settings` (operationId `getGadgetSettings_v1`); resolves to the 200 response body.
 *
 * @example
 * const result = await getGadgetSettings(client);
 */
export function getGadgetSettings(
  client: OpenPhoneClient,
  params?: GetGadgetSettingsParams,
  options?: RequestOptions,
): Promise<GetGadgetSettingsResponse> {
  return request(client, getGadgetSettingsOperation, params, options);
}
