/**
 * Entry point `@openphone-sdk/core/validate-responses`: what `validateResponses` needs beyond the main
 * entry. Generated `@openphone-sdk/<package>/response-schemas` modules import it, so an app that never
 * imports response schemas bundles none of it.
 */
import { listIssues, OpenPhoneError, type ValidationIssue } from "./errors.js";
import type { OperationSpec } from "./types.js";
import { check, type ResponseSchemas, type ResponseValidationMode, type Rule } from "./validate.js";

export type { ResponseSchemas, ResponseValidationMode, Rule } from "./validate.js";

/**
 * A success response did not match the spec (thrown with `validateResponses: "error"`). The request
 * itself succeeded: `body` holds what the API returned.
 */
export class ResponseValidationError extends OpenPhoneError {
  static override readonly kind: string = "ResponseValidationError";
  /** The operationId of the call, e.g. `listPhoneNumbers_v1`. */
  readonly operationId: string;
  /** Every mismatch, with its path in the body, e.g. `data[0].users[0].id`. */
  readonly issues: readonly ValidationIssue[];
  /** The parsed response body. Not enumerable, so errors serialize compactly. */
  declare readonly body: unknown;

  constructor(operationId: string, issues: readonly ValidationIssue[], body?: unknown) {
    super(listIssues(`Response of ${operationId} does not match the spec`, issues, "mismatch", "(body)"));
    this.operationId = operationId;
    this.issues = issues;
    // Configurable, so the SDK can take the key out of a body that echoes it.
    Object.defineProperty(this, "body", { value: body, configurable: true });
  }
}

/**
 * Wraps a generated table (operationId -> rule of the success body) for `createClient({ responseSchemas })`.
 * In `"warn"` mode each (operation, path) is reported once per table, so a drifting field in a busy loop
 * warns once, not on every call.
 */
export function defineResponseSchemas(rules: Readonly<Record<string, Rule>>): ResponseSchemas {
  const reported = new Set<string>();
  return {
    rules,
    prepare(op: OperationSpec, mode: ResponseValidationMode, warn: (message: string) => void) {
      const rule = Object.hasOwn(rules, op.id) ? rules[op.id] : undefined;
      if (!rule) {
        throw new OpenPhoneError(
          `validateResponses: the responseSchemas given to createClient() have no schema for ${op.id}; add that package's (e.g. combineResponseSchemas(a, b) of "@openphone-sdk/core/validate-responses")`,
        );
      }
      return (body: unknown) => {
        const issues = check(rule, body);
        if (!issues.length) return;
        if (mode === "error") throw new ResponseValidationError(op.id, issues, body);
        for (const issue of issues) {
          const key = `${op.id} ${issue.path}`;
          if (reported.has(key)) continue;
          reported.add(key);
          warn(`response of ${op.id} does not match the spec: ${issue.path || "(body)"}: ${issue.message}`);
        }
      };
    },
  };
}

/** One `responseSchemas` from several packages': `combineResponseSchemas(messages, contacts)`. */
export function combineResponseSchemas(...parts: ResponseSchemas[]): ResponseSchemas {
  return defineResponseSchemas(Object.assign({}, ...parts.map((part) => part.rules)));
}
