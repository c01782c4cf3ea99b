import { OpenPhoneError } from "@openphone-sdk/core";

/**
 * Why a webhook request was refused:
 * - `missing_header`: neither an `openphone-signature` header (legacy webhooks) nor the Standard Webhooks
 *   headers, or one of `webhook-id`, `webhook-timestamp`, `webhook-signature` is missing or empty.
 * - `malformed_header`: the legacy header is not `hmac;1;<timestamp ms>;<base64 signature>[,…]`, or the
 *   Standard Webhooks headers are not `v1,<base64 signature>[ …]` with an integer `webhook-timestamp`
 *   (seconds): wrong number of fields, a timestamp that is not an integer, a signature that is not 32
 *   bytes of base64, more than `MAX_SIGNATURES` (20) signatures.
 * - `unsupported_scheme`: every signature in the header uses a scheme or version other than `hmac;1`
 *   (legacy) or `v1` (Standard Webhooks).
 * - `timestamp_out_of_tolerance`: every signature is older or newer than `toleranceMs` (a replay, or a
 *   clock far off).
 * - `no_matching_signature`: no signature matches the body and the signing key(s).
 */
export type InvalidWebhookSignatureReason =
  | "missing_header"
  | "malformed_header"
  | "unsupported_scheme"
  | "timestamp_out_of_tolerance"
  | "no_matching_signature";

/**
 * The request does not carry a valid OpenPhone signature for its body: do not trust it, answer 400.
 * `reason` says why; the message never contains the signing key.
 */
export class InvalidWebhookSignatureError extends OpenPhoneError {
  // Also its `name`; `instanceof` compares kinds (see core's OpenPhoneError), so two installed copies agree.
  static override readonly kind: string = "InvalidWebhookSignatureError";

  readonly reason: InvalidWebhookSignatureReason;

  constructor(reason: InvalidWebhookSignatureReason, detail: string) {
    super(`Invalid webhook signature (${reason}): ${detail}`);
    this.reason = reason;
  }
}

/**
 * The signature is valid, but the body is not a webhook event (not UTF-8, not JSON, or not an object
 * with a string `type`). Answer 400.
 */
export class InvalidWebhookPayloadError extends OpenPhoneError {
  static override readonly kind: string = "InvalidWebhookPayloadError";

  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Invalid webhook payload: ${detail}`, options);
  }
}
