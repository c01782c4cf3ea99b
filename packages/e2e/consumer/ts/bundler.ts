// Type-checked under module esnext + moduleResolution bundler (what Vite, esbuild or webpack users have).
import { OpenPhone } from "@openphone-sdk/client";
import { createClient, type ListMessagesResponse, listMessages, RateLimitError } from "@openphone-sdk/messages";

export async function latest(apiKey: string): Promise<ListMessagesResponse["data"]> {
  const client = createClient({ apiKey });
  const page = await listMessages(client, { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 1 });
  // @ts-expect-error `maxResults` is a number
  await listMessages(client, { phoneNumberId: "PN123abc", participants: [], maxResults: "1" });
  return page.data;
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof RateLimitError;
}

export const op: OpenPhone = new OpenPhone({ apiKey: "key" });
