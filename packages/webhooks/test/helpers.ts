/** Known-answer material computed with node:crypto, independently of the code under test (WebCrypto). */
import { createHmac } from "node:crypto";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

/** 32 fixed bytes, base64 as OpenPhone shows a signing key. */
export const KEY = Buffer.from("d1f0c3b2a5948776e9587a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d", "hex").toString(
  "base64",
);
export const OTHER_KEY = Buffer.from(
  "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
  "hex",
).toString("base64");
/** A fixed "now" (2024-05-01T12:00:00Z) so no test depends on the clock. */
export const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

/** base64 HMAC-SHA256 of `<timestamp>.<body>` with the base64 key decoded to bytes: the spec'd scheme. */
export function nodeSignature(keyBase64: string, timestamp: number | string, body: string | Uint8Array): string {
  return createHmac("sha256", Buffer.from(keyBase64, "base64")).update(`${timestamp}.`).update(body).digest("base64");
}

export function nodeHeader(keyBase64: string, timestamp: number | string, body: string | Uint8Array): string {
  return `hmac;1;${timestamp};${nodeSignature(keyBase64, timestamp, body)}`;
}

/** The signature with one decoded byte flipped, re-encoded: still well-formed base64 of 32 bytes. */
export function flipSignatureByte(signature: string, index = 7): string {
  const bytes = Buffer.from(signature, "base64");
  bytes[index] = (bytes[index] as number) ^ 0x01;
  return bytes.toString("base64");
}

export const MESSAGE_EVENT = {
  id: "EVc67ec998b35c41d388af50799aeeba3e",
  object: "event",
  apiVersion: "v3",
  createdAt: "2024-05-01T11:59:59.000Z",
  type: "message.received",
  data: {
    object: {
      id: "AC123abc",
      to: ["+15555555555"],
      from: "+15555550100",
      text: "Hello, world!",
      phoneNumberId: "PN123abc",
      direction: "incoming",
      userId: "US123abc",
      status: "delivered",
      createdAt: "2024-05-01T11:59:58.000Z",
      updatedAt: "2024-05-01T11:59:58.000Z",
    },
  },
};

/** The event as OpenPhone might format it: spacing that JSON.stringify would not reproduce. */
export const MESSAGE_BODY = JSON.stringify(MESSAGE_EVENT, null, 1).replace(/": /g, '":  ');

/**
 * A node:http server on a free loopback port for the current test, closed with its connections when the test
 * finishes. Resolves to the URL of `path` on it.
 */
export async function listen(listener: RequestListener, path: string): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}
