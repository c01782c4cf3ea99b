// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  type BoundOperations,
  type BoundPaginatedOperation,
  type ClientOptions,
  createClient,
  type OpenPhoneClient,
  type PageItem,
  type PageParams,
  type PageResult,
  type PaginateOptions,
  type RequestOptions,
} from "@openphone-sdk/core";
import {
  bindOperations,
  paginateBound,
  paginatePagesBound,
  withResponseBound,
} from "@openphone-sdk/core/internal";
import { callsOperations } from "@openphone-sdk/calls";
import { contactCustomFieldsOperations } from "@openphone-sdk/contact-custom-fields";
import { contactsOperations } from "@openphone-sdk/contacts";
import { conversationsOperations } from "@openphone-sdk/conversations";
import { messagesOperations } from "@openphone-sdk/messages";
import { phoneNumbersOperations } from "@openphone-sdk/phone-numbers";
import { webhooksOperations } from "@openphone-sdk/webhooks";

/**
 * The whole OpenPhone API on one client: a namespace per resource, each method the package function
 * with the client bound (`op.<resource>.<function>(params, options?)`).
 *
 * @example
 * const op = new OpenPhone({ apiKey: process.env.OPENPHONE_API_KEY });
 * const result = await op.messages.getMessageById(params);
 */
export class OpenPhone {
  /**
   * The client behind every namespace: also accepted by each package's functions and by `paginate`.
   */
  readonly client: OpenPhoneClient;
  /**
   * Calls: `getCallRecordings`, `getCallSummary`, `getCallTranscript`, `listCalls`.
   */
  readonly calls: BoundOperations<typeof callsOperations>;
  /**
   * Contact Custom Fields: `getContactCustomFields`.
   */
  readonly contactCustomFields: BoundOperations<typeof contactCustomFieldsOperations>;
  /**
   * Contacts: `createContact`, `deleteContact`, `getContactById`, `listContacts`, `updateContactById`.
   */
  readonly contacts: BoundOperations<typeof contactsOperations>;
  /**
   * Conversations: `listConversations`.
   */
  readonly conversations: BoundOperations<typeof conversationsOperations>;
  /**
   * Messages: `getMessageById`, `listMessages`, `sendMessage`.
   */
  readonly messages: BoundOperations<typeof messagesOperations>;
  /**
   * Phone Numbers: `listPhoneNumbers`.
   */
  readonly phoneNumbers: BoundOperations<typeof phoneNumbersOperations>;
  /**
   * Webhooks: `createCallSummaryWebhook`, `createCallTranscriptWebhook`, `createCallWebhook`, `createMessageWebhook`, `deleteWebhookById`, `getWebhookById`, `listWebhooks`.
   */
  readonly webhooks: BoundOperations<typeof webhooksOperations>;

  /**
   * Falls back to the `OPENPHONE_API_KEY` environment variable when `apiKey` is not given.
   */
  constructor(options: ClientOptions = {}) {
    this.client = createClient(options);
    this.calls = bindOperations(this.client, callsOperations);
    this.contactCustomFields = bindOperations(this.client, contactCustomFieldsOperations);
    this.contacts = bindOperations(this.client, contactsOperations);
    this.conversations = bindOperations(this.client, conversationsOperations);
    this.messages = bindOperations(this.client, messagesOperations);
    this.phoneNumbers = bindOperations(this.client, phoneNumbersOperations);
    this.webhooks = bindOperations(this.client, webhooksOperations);
  }

  /**
   * Every item of a list operation, across pages fetched one at a time as you iterate, following
   * `nextPageToken` until it is null or absent. Only operations that take `pageToken` are accepted.
   *
   * @example
   * for await (const item of op.paginate(op.calls.listCalls, params, { maxItems: 500 })) console.log(item);
   */
  paginate<P extends PageParams, R extends PageResult>(
    fn: BoundPaginatedOperation<P, R>,
    params: P,
    options?: PaginateOptions,
  ): AsyncGenerator<PageItem<R>, void, undefined> {
    return paginateBound(fn, params, options);
  }

  /**
   * Every page (`{ data, nextPageToken, … }`) of a list operation, fetched one at a time as you iterate.
   *
   * @example
   * for await (const page of op.paginatePages(op.calls.listCalls, params)) console.log(page.data.length);
   */
  paginatePages<P extends PageParams, R extends PageResult>(
    fn: BoundPaginatedOperation<P, R>,
    params: P,
    options?: PaginateOptions,
  ): AsyncGenerator<R, void, undefined> {
    return paginatePagesBound(fn, params, options);
  }

  /**
   * Runs an operation and returns its result with the HTTP `Response` (status, headers).
   *
   * @example
   * const { data, response } = await op.withResponse(op.messages.sendMessage, params);
   */
  withResponse<P, R>(
    fn: (params: P, options?: RequestOptions) => Promise<R>,
    params: P,
    options?: RequestOptions,
  ): Promise<{ data: R; response: Response }> {
    return withResponseBound(fn, params, options);
  }
}
