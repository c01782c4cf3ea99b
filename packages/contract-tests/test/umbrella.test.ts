/**
 * The umbrella client's helpers (paginate, paginatePages, withResponse) over the generated operations, and
 * the compile-time rule that only paginated operations can be paginated (checked by `tsc`: `pnpm typecheck`).
 */
import { type ListCallsParams, listCalls } from "@openphone-sdk/calls";
import { OpenPhone } from "@openphone-sdk/client";
import { createClient, paginate, paginatePages } from "@openphone-sdk/core";
import { getMessageById, sendMessage } from "@openphone-sdk/messages";
import { listPhoneNumbers } from "@openphone-sdk/phone-numbers";
import { describe, expect, inject, it } from "vitest";

const PARAMS: ListCallsParams = { phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 2 };

/** A fetch that serves `total` calls in pages of 2; the token of a page is the index of its first call. */
function pagedFetch(total: number, seen: string[]) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    seen.push(url.searchParams.get("pageToken") ?? "-");
    const start = Number(url.searchParams.get("pageToken") ?? 0);
    const data = Array.from({ length: Math.max(0, Math.min(2, total - start)) }, (_, i) => ({ id: `AC${start + i}` }));
    const nextPageToken = start + 2 < total ? String(start + 2) : null;
    return new Response(JSON.stringify({ data, totalItems: total, nextPageToken }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
}

describe("umbrella helpers", () => {
  it("op.paginate follows nextPageToken through the bound operation", async () => {
    const seen: string[] = [];
    const op = new OpenPhone({ apiKey: "k", baseUrl: "http://api.test", fetch: pagedFetch(9, seen), rateLimit: false });
    const ids: string[] = [];
    for await (const call of op.paginate(op.calls.listCalls, PARAMS)) ids.push(call.id);
    expect(ids).toEqual(["AC0", "AC1", "AC2", "AC3", "AC4", "AC5", "AC6", "AC7", "AC8"]);
    expect(seen).toEqual(["-", "2", "4", "6", "8"]);
  });

  it("op.paginatePages yields pages and honours maxItems", async () => {
    const seen: string[] = [];
    const op = new OpenPhone({ apiKey: "k", baseUrl: "http://api.test", fetch: pagedFetch(9, seen), rateLimit: false });
    const sizes: number[] = [];
    for await (const page of op.paginatePages(op.calls.listCalls, PARAMS, { maxItems: 3 }))
      sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2]);
    expect(seen).toHaveLength(2);
  });

  it("core's paginate takes the package function and a client", async () => {
    const seen: string[] = [];
    const client = createClient({
      apiKey: "k",
      baseUrl: "http://api.test",
      fetch: pagedFetch(5, seen),
      rateLimit: false,
    });
    const ids: string[] = [];
    for await (const call of paginate(listCalls, client, PARAMS, { maxItems: 4 })) ids.push(call.id);
    expect(ids).toEqual(["AC0", "AC1", "AC2", "AC3"]);
  });

  it("op.withResponse returns the data and the Response from the Prism mock", async () => {
    const op = new OpenPhone({ apiKey: "k", baseUrl: inject("mockUrl"), rateLimit: false });
    const { data, response } = await op.withResponse(op.messages.sendMessage, {
      content: "Hello, world!",
      from: "PN123abc",
      to: ["+15555555555"],
    });
    expect(response.status).toBe(202);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(data.data.id).toBeTypeOf("string");
  });

  it("only paginated operations type-check", () => {
    const op = new OpenPhone({ apiKey: "k", baseUrl: "http://api.test", rateLimit: false });
    const client = op.client;
    // The closures are never called: these lines exist for tsc.
    void (() => [
      // @ts-expect-error getMessageById is not paginated
      paginate(getMessageById, client, { id: "AC123abc" }),
      // @ts-expect-error sendMessage is not paginated
      paginatePages(sendMessage, client, { content: "x", from: "PN123abc", to: ["+15555555555"] }),
      // @ts-expect-error listPhoneNumbers returns a list without nextPageToken
      paginate(listPhoneNumbers, client, {}),
      // @ts-expect-error getMessageById is not paginated (umbrella)
      op.paginate(op.messages.getMessageById, { id: "AC123abc" }),
      // @ts-expect-error listWebhooks returns a list without nextPageToken (umbrella)
      op.paginatePages(op.webhooks.listWebhooks, {}),
      // @ts-expect-error the params must be listCalls' own
      op.paginate(op.calls.listCalls, { phoneNumberId: "PN123abc" }),
      op.paginate(op.messages.listMessages, { phoneNumberId: "PN123abc", participants: ["+1555"], maxResults: 10 }),
      op.paginate(op.contacts.listContacts, { externalIds: ["a"], maxResults: 10 }),
      op.paginatePages(op.conversations.listConversations, { maxResults: 10 }),
    ]);
    expect(true).toBe(true);
  });
});
