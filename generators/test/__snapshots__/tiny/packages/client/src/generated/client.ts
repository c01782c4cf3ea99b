// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import { type BoundOperations, bindOperations, type ClientOptions, createClient, type OpenPhoneClient } from "@openphone-sdk/core";
import { gadgetSettingsOperations } from "@openphone-sdk/gadget-settings";
import { widgetsOperations } from "@openphone-sdk/widgets";

/**
 * The whole OpenPhone API on one client: a namespace per resource, each method the package function
 * with the client bound (`op.<resource>.<function>(params, options?)`).
 *
 * @example
 * const op = new OpenPhone({ apiKey: process.env.OPENPHONE_API_KEY });
 * const result = await op.gadgetSettings.getGadgetSettings();
 */
export class OpenPhone {
  /**
   * The client behind every namespace: also accepted by each package's functions and by `paginate`.
   */
  readonly client: OpenPhoneClient;
  /**
   * Gadget Settings: `getGadgetSettings`.
   */
  readonly gadgetSettings: BoundOperations<typeof gadgetSettingsOperations>;
  /**
   * Widgets: `createWidget`, `deleteWidget`, `listWidgets`, `updateWidget`.
   */
  readonly widgets: BoundOperations<typeof widgetsOperations>;

  /**
   * Falls back to the `OPENPHONE_API_KEY` environment variable when `apiKey` is not given.
   */
  constructor(options: ClientOptions = {}) {
    this.client = createClient(options);
    this.gadgetSettings = bindOperations(this.client, gadgetSettingsOperations);
    this.widgets = bindOperations(this.client, widgetsOperations);
  }
}
