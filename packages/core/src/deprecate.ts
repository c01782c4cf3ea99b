/**
 * Deprecated aliases of renamed operations. When the API renames an operation, the generated package
 * keeps the old function name (sdk.config.json `operationAliases`) as an alias made here, so code written
 * against the old name still compiles and runs; the rename then ships as a minor, as Octokit does with
 * its renamed endpoints.
 */
import type { OpenPhoneClient } from "./client.js";
import { clientState } from "./state.js";

const warned = new Set<string>();

/**
 * `operation` under its old name: the same function, which on its first call in the process warns
 * through the calling client's logger (level `warn`, like core's warning for deprecated params), naming
 * the replacement. The returned function has `operation`'s exact type and the old `name`.
 *
 * @param operation the operation function under its current name
 * @param oldName   the old name, as callers wrote it: `getCallTranscript`
 * @param newName   the current name: `getCallTranscriptById`
 * @param scope     what the name belongs to, for the message and to tell packages apart: `@openphone-sdk/calls`
 */
export function deprecatedAlias<F extends (client: OpenPhoneClient, ...args: never[]) => unknown>(
  operation: F,
  oldName: string,
  newName: string,
  scope = "",
): F {
  const id = `${scope} ${oldName}`;
  const alias = function (this: unknown, client: OpenPhoneClient, ...args: never[]) {
    if (!warned.has(id)) {
      let state: ReturnType<typeof clientState> | undefined;
      try {
        state = clientState(client);
      } catch {
        // Not a client: the operation itself throws the typed error that says so.
      }
      if (state) {
        warned.add(id);
        state.log(
          "warn",
          `${oldName}${scope ? ` of ${scope}` : ""} is deprecated: it was renamed to ${newName}, which takes the same params; the old name will be removed in the next major version`,
          { deprecated: oldName, replacement: newName },
        );
      }
    }
    return operation.call(this, client, ...args);
  };
  Object.defineProperty(alias, "name", { value: oldName });
  return alias as unknown as F;
}
