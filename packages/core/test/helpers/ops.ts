/**
 * Operations shaped like the generated ones (see packages/messages/src/generated/operations.ts), declared here
 * because core cannot depend on the generated packages.
 */
import type { OpenPhoneClient, RequestOptions } from "../../src/client.js";
import { request } from "../../src/request.js";
import type { OperationSpec } from "../../src/types.js";

export const sendMessageOperation: OperationSpec = {
  id: "sendMessage_v1",
  method: "POST",
  path: "/v1/messages",
  params: { content: "body", phoneNumberId: "body", from: "body", to: "body" },
  hasBody: true,
  returnsBody: true,
  deprecated: ["phoneNumberId"],
};
export type SendMessageParams = { content: string; from: string; to: string[]; phoneNumberId?: string };
export type SendMessageResponse = { data: { id: string } };
export function sendMessage(
  client: OpenPhoneClient,
  params: SendMessageParams,
  options?: RequestOptions,
): Promise<SendMessageResponse> {
  return request(client, sendMessageOperation, params, options);
}

export const updateContactOperation: OperationSpec = {
  id: "updateContactById_v1",
  method: "PATCH",
  path: "/v1/contacts/{id}",
  params: { id: "path", defaultFields: "body" },
  hasBody: true,
};
export function updateContact(
  client: OpenPhoneClient,
  params: { id: string; defaultFields: Record<string, unknown> },
  options?: RequestOptions,
): Promise<{ data: { id: string } }> {
  return request(client, updateContactOperation, params, options);
}

export const deleteContactOperation: OperationSpec = {
  id: "deleteContact_v1",
  method: "DELETE",
  path: "/v1/contacts/{id}",
  params: { id: "path" },
};
export function deleteContact(client: OpenPhoneClient, params: { id: string }, options?: RequestOptions) {
  return request<undefined>(client, deleteContactOperation, params, options);
}

export const getMessageByIdOperation: OperationSpec = {
  id: "getMessageById_v1",
  method: "GET",
  path: "/v1/messages/{id}",
  params: { id: "path" },
  returnsBody: true,
};
export type GetMessageByIdResponse = { data: { id: string; text: string } };
export function getMessageById(
  client: OpenPhoneClient,
  params: { id: string },
  options?: RequestOptions,
): Promise<GetMessageByIdResponse> {
  return request(client, getMessageByIdOperation, params, options);
}

export const listCallsOperation: OperationSpec = {
  id: "listCalls_v1",
  method: "GET",
  path: "/v1/calls",
  params: {
    phoneNumberId: "query",
    participants: "query",
    since: "query",
    maxResults: "query",
    pageToken: "query",
  },
  returnsBody: true,
  deprecated: ["since"],
};
export type ListCallsParams = {
  phoneNumberId: string;
  participants: string[];
  since?: string;
  maxResults: number;
  pageToken?: string;
};
export type Call = { id: string; duration: number };
export type ListCallsResponse = { data: Call[]; totalItems: number; nextPageToken: string | null };
export function listCalls(
  client: OpenPhoneClient,
  params: ListCallsParams,
  options?: RequestOptions,
): Promise<ListCallsResponse> {
  return request(client, listCallsOperation, params, options);
}

/** Like listPhoneNumbers: a list, but not paginated (no pageToken, no nextPageToken). */
export const listPhoneNumbersOperation: OperationSpec = {
  id: "listPhoneNumbers_v1",
  method: "GET",
  path: "/v1/phone-numbers",
  params: { userId: "query" },
};
export function listPhoneNumbers(
  client: OpenPhoneClient,
  params?: { userId?: string },
  options?: RequestOptions,
): Promise<{ data: { id: string }[] }> {
  return request(client, listPhoneNumbersOperation, params, options);
}
