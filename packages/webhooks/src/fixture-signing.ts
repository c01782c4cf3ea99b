/** Signing a sample delivery (see `@openphone-sdk/webhooks/fixtures`) as OpenPhone would. */
import type { WebhookFixture } from "./fixtures.js";
import { type SigningKey, signatureHeaders } from "./signature.js";

/** A delivery ready to POST: its exact body and the signature headers of its generation's scheme. */
export interface SignedWebhookDelivery {
  body: string;
  headers: Record<string, string>;
}

/**
 * Signs `fixture` as OpenPhone would: `openphone-signature` for `v3`/`v4`, the Standard Webhooks headers
 * (with a fresh `webhook-id` unless `id` is given) for `2026-03-30`. `timestamp`: ms since the epoch,
 * default now.
 */
export async function signFixture(
  fixture: Pick<WebhookFixture, "generation" | "event">,
  signingKey: SigningKey,
  options: { timestamp?: number; id?: string } = {},
): Promise<SignedWebhookDelivery> {
  const body = JSON.stringify(fixture.event);
  const headers =
    fixture.generation === "2026-03-30"
      ? await signatureHeaders(body, signingKey, { scheme: "standard", timestamp: options.timestamp, id: options.id })
      : await signatureHeaders(body, signingKey, { timestamp: options.timestamp });
  return { body, headers: { "content-type": "application/json", ...headers } };
}
