// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  type BoundPaginatedOperation,
  type ClientOptions,
  createClient,
  type OpenPhoneClient,
  type PageItem,
  type PageParams,
  type PageResult,
  type PaginateOptions,
  type RequestOptions,
  type WithResponse,
} from "@openphone-sdk/core";
import {
  bindOperations,
  paginateBound,
  paginatePagesBound,
  withResponseBound,
} from "@openphone-sdk/core/internal";
import {
  callsOperations,
  type GetCallRecordingsParams,
  type GetCallRecordingsResponse,
  type GetCallSummaryParams,
  type GetCallSummaryResponse,
  type GetCallTranscriptParams,
  type GetCallTranscriptResponse,
  type ListCallsParams,
  type ListCallsResponse,
} from "@openphone-sdk/calls";
import {
  contactCustomFieldsOperations,
  type GetContactCustomFieldsParams,
  type GetContactCustomFieldsResponse,
} from "@openphone-sdk/contact-custom-fields";
import {
  contactsOperations,
  type CreateContactParams,
  type CreateContactResponse,
  type DeleteContactParams,
  type DeleteContactResponse,
  type GetContactByIdParams,
  type GetContactByIdResponse,
  type ListContactsParams,
  type ListContactsResponse,
  type UpdateContactByIdParams,
  type UpdateContactByIdResponse,
} from "@openphone-sdk/contacts";
import {
  conversationsOperations,
  type ListConversationsParams,
  type ListConversationsResponse,
} from "@openphone-sdk/conversations";
import {
  messagesOperations,
  type GetMessageByIdParams,
  type GetMessageByIdResponse,
  type ListMessagesParams,
  type ListMessagesResponse,
  type SendMessageParams,
  type SendMessageResponse,
} from "@openphone-sdk/messages";
import {
  phoneNumbersOperations,
  type ListPhoneNumbersParams,
  type ListPhoneNumbersResponse,
} from "@openphone-sdk/phone-numbers";
import {
  webhooksOperations,
  type CreateCallSummaryWebhookParams,
  type CreateCallSummaryWebhookResponse,
  type CreateCallTranscriptWebhookParams,
  type CreateCallTranscriptWebhookResponse,
  type CreateCallWebhookParams,
  type CreateCallWebhookResponse,
  type CreateMessageWebhookParams,
  type CreateMessageWebhookResponse,
  type DeleteWebhookByIdParams,
  type DeleteWebhookByIdResponse,
  type GetWebhookByIdParams,
  type GetWebhookByIdResponse,
  type ListWebhooksParams,
  type ListWebhooksResponse,
} from "@openphone-sdk/webhooks";

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
  readonly calls: CallsMethods;
  /**
   * Contact Custom Fields: `getContactCustomFields`.
   */
  readonly contactCustomFields: ContactCustomFieldsMethods;
  /**
   * Contacts: `createContact`, `deleteContact`, `getContactById`, `listContacts`, `updateContactById`.
   */
  readonly contacts: ContactsMethods;
  /**
   * Conversations: `listConversations`.
   */
  readonly conversations: ConversationsMethods;
  /**
   * Messages: `getMessageById`, `listMessages`, `sendMessage`.
   */
  readonly messages: MessagesMethods;
  /**
   * Phone Numbers: `listPhoneNumbers`.
   */
  readonly phoneNumbers: PhoneNumbersMethods;
  /**
   * Webhooks: `createCallSummaryWebhook`, `createCallTranscriptWebhook`, `createCallWebhook`, `createMessageWebhook`, `deleteWebhookById`, `getWebhookById`, `listWebhooks`.
   */
  readonly webhooks: WebhooksMethods;

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
   * const { body, response } = await op.withResponse(op.messages.sendMessage, params);
   */
  withResponse<P, R>(
    fn: (params: P, options?: RequestOptions) => Promise<R>,
    params: P,
    options?: RequestOptions,
  ): Promise<WithResponse<R>> {
    return withResponseBound(fn, params, options);
  }
}

/**
 * The methods of `op.calls` (Calls): the functions of `@openphone-sdk/calls` with the client bound.
 */
export interface CallsMethods {
  /**
   * Get recordings for a call
   *
   * Retrieve a list of recordings associated with a specific call. The results are sorted chronologically, with the oldest recording segment appearing first in the list.
   *
   * `GET /v1/call-recordings/{callId}` (operationId `getCallRecordings_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0900400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0900401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0900403)
   * @throws {NotFoundError} 404 Not Found (code 0900404)
   * @throws {InternalServerError} 500 Unknown Error (code 0901500)
   * @example
   * const result = await op.calls.getCallRecordings({ callId: "AC3700e624eca547eb9f749a06f" });
   */
  getCallRecordings(params: GetCallRecordingsParams, options?: RequestOptions): Promise<GetCallRecordingsResponse>;
  /**
   * Get a summary for a call
   *
   * Retrieve an AI-generated summary of a specific call identified by its unique call ID. Call summaries are only available on OpenPhone Business plan.
   *
   * `GET /v1/call-summaries/{callId}` (operationId `getCallSummary_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0500400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0500401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0500403)
   * @throws {NotFoundError} 404 Not Found (code 0500404)
   * @throws {InternalServerError} 500 Unknown Error (code 0501500)
   * @example
   * const result = await op.calls.getCallSummary({ callId: "AC3700e624eca547eb9f749a06f" });
   */
  getCallSummary(params: GetCallSummaryParams, options?: RequestOptions): Promise<GetCallSummaryResponse>;
  /**
   * Get a transcription for a call
   *
   * Retrieve a detailed transcript of a specific call identified by its unique call ID. Call transcripts are only available on OpenPhone business plan.
   *
   * `GET /v1/call-transcripts/{id}` (operationId `getCallTranscript_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0600400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0600401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0600403)
   * @throws {NotFoundError} 404 Not Found (code 0600404)
   * @throws {InternalServerError} 500 Unknown Error (code 0601500)
   * @example
   * const result = await op.calls.getCallTranscript({ id: "AC3700e624eca547eb9f749a06f2eb1" });
   */
  getCallTranscript(params: GetCallTranscriptParams, options?: RequestOptions): Promise<GetCallTranscriptResponse>;
  /**
   * List calls
   *
   * Fetch a paginated list of calls associated with a specific OpenPhone number and another number.
   *
   * `GET /v1/calls` (operationId `listCalls_v1`); resolves to the 200 response body.
   * Deprecated params: `since`.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0100400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0100401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0101403)
   * @throws {NotFoundError} 404 Not Found (code 0100404)
   * @throws {InternalServerError} 500 Unknown Error (code 0101500)
   * @example
   * const result = await op.calls.listCalls({ phoneNumberId: "PN123abc", participants: ["example"], maxResults: 10 });
   */
  listCalls(params: ListCallsParams, options?: RequestOptions): Promise<ListCallsResponse>;
}

/**
 * The methods of `op.contactCustomFields` (Contact Custom Fields): the functions of `@openphone-sdk/contact-custom-fields` with the client bound.
 */
export interface ContactCustomFieldsMethods {
  /**
   * Get contact custom fields
   *
   * Custom contact fields enhance your OpenPhone contacts with additional information beyond standard details like name, company, role, emails and phone numbers. These user-defined fields let you capture business-specific data. While you can only create or modify these fields in OpenPhone itself, this endpoint retrieves your existing custom properties. Use this information to accurately map and include important custom data when creating new contacts via the API.
   *
   * `GET /v1/contact-custom-fields` (operationId `getContactCustomFields_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0700400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0700401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0700403)
   * @throws {NotFoundError} 404 Not Found (code 0700404)
   * @throws {InternalServerError} 500 Unknown Error (code 0701500)
   * @example
   * const result = await op.contactCustomFields.getContactCustomFields();
   */
  getContactCustomFields(params?: GetContactCustomFieldsParams, options?: RequestOptions): Promise<GetContactCustomFieldsResponse>;
}

/**
 * The methods of `op.contacts` (Contacts): the functions of `@openphone-sdk/contacts` with the client bound.
 */
export interface ContactsMethods {
  /**
   * Create a contact
   *
   * Create a contact for a workspace.
   *
   * `POST /v1/contacts` (operationId `createContact_v1`); resolves to the 201 response body.
   *
   * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
   * @throws {NotFoundError} 404 Not Found (code 0800404)
   * @throws {ConflictError} 409 Conflict (code 0800409)
   * @throws {InternalServerError} 500 Unknown Error (code 0801500)
   * @example
   * const result = await op.contacts.createContact({ defaultFields: { firstName: "John" } });
   */
  createContact(params: CreateContactParams, options?: RequestOptions): Promise<CreateContactResponse>;
  /**
   * Delete a contact
   *
   * Delete a contact by its unique identifier.
   *
   * `DELETE /v1/contacts/{id}` (operationId `deleteContact_v1`); resolves to the 204 response body.
   *
   * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
   * @throws {NotFoundError} 404 Not Found (code 0800404)
   * @throws {ConflictError} 409 Conflict (code 0800409)
   * @throws {InternalServerError} 500 Unknown Error (code 0801500)
   * @example
   * await op.contacts.deleteContact({ id: "66d0d87e8dc1211467372303" });
   */
  deleteContact(params: DeleteContactParams, options?: RequestOptions): Promise<DeleteContactResponse>;
  /**
   * Get a contact by ID
   *
   * Retrieve detailed information about a specific contact in your OpenPhone workspace using the contact's unique identifier.
   *
   * `GET /v1/contacts/{id}` (operationId `getContactById_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
   * @throws {NotFoundError} 404 Not Found (code 0800404)
   * @throws {ConflictError} 409 Conflict (code 0800409)
   * @throws {InternalServerError} 500 Unknown Error (code 0801500)
   * @example
   * const result = await op.contacts.getContactById({ id: "66d0d87e8dc1211467372303" });
   */
  getContactById(params: GetContactByIdParams, options?: RequestOptions): Promise<GetContactByIdResponse>;
  /**
   * List contacts
   *
   * Retrieve a paginated list of contacts associated with specific external IDs. You can optionally filter the results further by providing a list of sources. **Note**: The `externalIds` parameter is currently required to specify the contacts you want to retrieve.
   *
   * `GET /v1/contacts` (operationId `listContacts_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
   * @throws {NotFoundError} 404 Not Found (code 0800404)
   * @throws {ConflictError} 409 Conflict (code 0800409)
   * @throws {InternalServerError} 500 Unknown Error (code 0801500)
   * @example
   * const result = await op.contacts.listContacts({ externalIds: ["664d0db69fcac7cf2e6ec"], maxResults: 10 });
   */
  listContacts(params: ListContactsParams, options?: RequestOptions): Promise<ListContactsResponse>;
  /**
   * Update a contact by ID
   *
   * Modify an existing contact in your OpenPhone workspace using the contact's unique identifier.
   *
   * `PATCH /v1/contacts/{id}` (operationId `updateContactById_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Invalid Custom Field Item (code 0801400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0800401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0801403)
   * @throws {NotFoundError} 404 Not Found (code 0800404)
   * @throws {ConflictError} 409 Conflict (code 0800409)
   * @throws {InternalServerError} 500 Unknown Error (code 0801500)
   * @example
   * const result = await op.contacts.updateContactById({ id: "66d0d87e8dc1211467372303" });
   */
  updateContactById(params: UpdateContactByIdParams, options?: RequestOptions): Promise<UpdateContactByIdResponse>;
}

/**
 * The methods of `op.conversations` (Conversations): the functions of `@openphone-sdk/conversations` with the client bound.
 */
export interface ConversationsMethods {
  /**
   * List Conversations
   *
   * Fetch a paginated list of conversations of OpenPhone conversations. Can be filtered by user and/or phone numbers. Defaults to all conversations in the OpenPhone organization. Results are returned in descending order based on the most recent conversation.
   *
   * `GET /v1/conversations` (operationId `listConversations_v1`); resolves to the 200 response body.
   * Deprecated params: `phoneNumber`.
   *
   * @throws {BadRequestError} 400 Bad Request (code 1000400)
   * @throws {AuthenticationError} 401 Unauthorized (code 1000401)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 1001403)
   * @throws {NotFoundError} 404 Not Found (code 1000404)
   * @throws {InternalServerError} 500 Unknown Error (code 1001500)
   * @example
   * const result = await op.conversations.listConversations({ maxResults: 10 });
   */
  listConversations(params: ListConversationsParams, options?: RequestOptions): Promise<ListConversationsResponse>;
}

/**
 * The methods of `op.messages` (Messages): the functions of `@openphone-sdk/messages` with the client bound.
 */
export interface MessagesMethods {
  /**
   * Get a message by ID
   *
   * Get a message by its unique identifier.
   *
   * `GET /v1/messages/{id}` (operationId `getMessageById_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
   * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
   * @throws {NotFoundError} 404 Not Found (code 0200404)
   * @throws {InternalServerError} 500 Unknown Error (code 0201500)
   * @example
   * const result = await op.messages.getMessageById({ id: "AC123abc" });
   */
  getMessageById(params: GetMessageByIdParams, options?: RequestOptions): Promise<GetMessageByIdResponse>;
  /**
   * List messages
   *
   * Retrieve a chronological list of messages exchanged between your OpenPhone number and specified participants, with support for filtering and pagination.
   *
   * `GET /v1/messages` (operationId `listMessages_v1`); resolves to the 200 response body.
   * Deprecated params: `since`.
   *
   * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
   * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
   * @throws {NotFoundError} 404 Not Found (code 0200404)
   * @throws {InternalServerError} 500 Unknown Error (code 0201500)
   * @example
   * const result = await op.messages.listMessages({ phoneNumberId: "PN123abc", participants: ["+15555555555"], maxResults: 10 });
   */
  listMessages(params: ListMessagesParams, options?: RequestOptions): Promise<ListMessagesResponse>;
  /**
   * Send a text message
   *
   * Send a text message from your OpenPhone number to a recipient.
   *
   * `POST /v1/messages` (operationId `sendMessage_v1`); resolves to the 202 response body.
   * Deprecated params: `phoneNumberId`.
   *
   * @throws {BadRequestError} 400 A2P Registration Not Approved (code 0206400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0200401)
   * @throws {PaymentRequiredError} 402 Not Enough Credits (code 0200402)
   * @throws {PermissionDeniedError} 403 Not Phone Number User (code 0202403)
   * @throws {NotFoundError} 404 Not Found (code 0200404)
   * @throws {InternalServerError} 500 Unknown Error (code 0201500)
   * @example
   * const result = await op.messages.sendMessage({ content: "example", from: "PN123abc", to: ["+15555555555"] });
   */
  sendMessage(params: SendMessageParams, options?: RequestOptions): Promise<SendMessageResponse>;
}

/**
 * The methods of `op.phoneNumbers` (Phone Numbers): the functions of `@openphone-sdk/phone-numbers` with the client bound.
 */
export interface PhoneNumbersMethods {
  /**
   * List phone numbers
   *
   * Retrieve the list of phone numbers and users associated with your OpenPhone workspace.
   *
   * `GET /v1/phone-numbers` (operationId `listPhoneNumbers_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Bad Request (code 0400400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0400401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0400403)
   * @throws {NotFoundError} 404 Not Found (code 0400404)
   * @throws {InternalServerError} 500 Unknown Error (code 0401500)
   * @example
   * const result = await op.phoneNumbers.listPhoneNumbers();
   */
  listPhoneNumbers(params?: ListPhoneNumbersParams, options?: RequestOptions): Promise<ListPhoneNumbersResponse>;
}

/**
 * The methods of `op.webhooks` (Webhooks): the functions of `@openphone-sdk/webhooks` with the client bound.
 */
export interface WebhooksMethods {
  /**
   * Create a new webhook for call summaries
   *
   * Creates a new webhook that triggers on events from call summaries.
   *
   * `POST /v1/webhooks/call-summaries` (operationId `createCallSummaryWebhook_v1`); resolves to the 201 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.createCallSummaryWebhook({ events: ["call.summary.completed"], url: "https://example.com" });
   */
  createCallSummaryWebhook(params: CreateCallSummaryWebhookParams, options?: RequestOptions): Promise<CreateCallSummaryWebhookResponse>;
  /**
   * Create a new webhook for call transcripts
   *
   * Creates a new webhook that triggers on events from call transcripts.
   *
   * `POST /v1/webhooks/call-transcripts` (operationId `createCallTranscriptWebhook_v1`); resolves to the 201 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.createCallTranscriptWebhook({ events: ["call.transcript.completed"], url: "https://example.com" });
   */
  createCallTranscriptWebhook(params: CreateCallTranscriptWebhookParams, options?: RequestOptions): Promise<CreateCallTranscriptWebhookResponse>;
  /**
   * Create a new webhook for calls
   *
   * Creates a new webhook that triggers on events from calls.
   *
   * `POST /v1/webhooks/calls` (operationId `createCallWebhook_v1`); resolves to the 201 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.createCallWebhook({ url: "https://example.com/", events: ["call.completed"] });
   */
  createCallWebhook(params: CreateCallWebhookParams, options?: RequestOptions): Promise<CreateCallWebhookResponse>;
  /**
   * Create a new webhook for messages
   *
   * Creates a new webhook that triggers on events from messages.
   *
   * `POST /v1/webhooks/messages` (operationId `createMessageWebhook_v1`); resolves to the 201 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.createMessageWebhook({ events: ["message.received"], url: "https://example.com" });
   */
  createMessageWebhook(params: CreateMessageWebhookParams, options?: RequestOptions): Promise<CreateMessageWebhookResponse>;
  /**
   * Delete a webhook by ID
   *
   * Delete a webhook by its unique identifier.
   *
   * `DELETE /v1/webhooks/{id}` (operationId `deleteWebhookById_v1`); resolves to the 204 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * await op.webhooks.deleteWebhookById({ id: "WH12345" });
   */
  deleteWebhookById(params: DeleteWebhookByIdParams, options?: RequestOptions): Promise<DeleteWebhookByIdResponse>;
  /**
   * Get a webhook by ID
   *
   * Get a webhook by its unique identifier.
   *
   * `GET /v1/webhooks/{id}` (operationId `getWebhookById_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.getWebhookById({ id: "WH12345" });
   */
  getWebhookById(params: GetWebhookByIdParams, options?: RequestOptions): Promise<GetWebhookByIdResponse>;
  /**
   * Lists all webhooks
   *
   * List all webhooks for a user.
   *
   * `GET /v1/webhooks` (operationId `listWebhooks_v1`); resolves to the 200 response body.
   *
   * @throws {BadRequestError} 400 Invalid Version (code 0305400)
   * @throws {AuthenticationError} 401 Unauthorized (code 0300401)
   * @throws {PermissionDeniedError} 403 Forbidden (code 0300403)
   * @throws {NotFoundError} 404 Not Found (code 0300404)
   * @throws {InternalServerError} 500 Unknown Error (code 0301500)
   * @example
   * const result = await op.webhooks.listWebhooks();
   */
  listWebhooks(params?: ListWebhooksParams, options?: RequestOptions): Promise<ListWebhooksResponse>;
}
