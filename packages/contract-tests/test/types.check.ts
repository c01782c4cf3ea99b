/**
 * Compile-time contract of the generated API, checked by `tsc --noEmit` (the typecheck task):
 * each `@ts-expect-error` fails the build if the call it marks ever starts to compile.
 */
import { OpenPhone } from "@openphone-sdk/client";
import { getContactCustomFields } from "@openphone-sdk/contact-custom-fields";
import { listContacts, updateContactById } from "@openphone-sdk/contacts";
import { type APIError, createClient, NotFoundError } from "@openphone-sdk/core";
import { type SendMessageParams, type SendMessageResponse, sendMessage } from "@openphone-sdk/messages";
import { listPhoneNumbers } from "@openphone-sdk/phone-numbers";
import { deleteWebhookById } from "@openphone-sdk/webhooks";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_: T): void {}

export async function typeContract(): Promise<void> {
  const client = createClient({ apiKey: "k" });

  // One flat params object; the result is the documented body unchanged.
  const sent = await sendMessage(client, { content: "hi", from: "PN123abc", to: ["+15555555555"] });
  const id: string = sent.data.id;
  const status: "queued" | "sent" | "delivered" | "undelivered" = sent.data.status;
  void id;
  void status;
  assertType<Equal<Awaited<ReturnType<typeof sendMessage>>, SendMessageResponse>>(true);

  // @ts-expect-error `to` is required
  await sendMessage(client, { content: "hi", from: "PN123abc" });
  // @ts-expect-error unknown key
  await sendMessage(client, { content: "hi", from: "PN123abc", to: ["+1"], colour: "red" });
  // @ts-expect-error wrong enum value
  await sendMessage(client, { content: "hi", from: "PN1", to: ["+1"], setInboxStatus: "open" });
  const params: SendMessageParams = { content: "hi", from: "+15555555555", to: ["+15555555555"] };
  void params;

  // Path + body keys side by side.
  await updateContactById(client, { id: "abc", defaultFields: { firstName: "Jane" } });
  // @ts-expect-error path parameter `id` is required
  await updateContactById(client, { defaultFields: { firstName: "Jane" } });

  // Array query params.
  await listContacts(client, { externalIds: ["a", "b"], maxResults: 10 });

  // Operations without required params take none.
  await listPhoneNumbers(client);
  await getContactCustomFields(client);

  // 204 resolves to undefined.
  const deleted = await deleteWebhookById(client, { id: "WH1" });
  assertType<Equal<typeof deleted, undefined>>(true);

  // The umbrella: same operations, client bound.
  const op = new OpenPhone({ apiKey: "k" });
  const viaUmbrella = await op.messages.sendMessage({ content: "hi", from: "PN1", to: ["+1"] }, { timeoutMs: 5_000 });
  assertType<Equal<typeof viaUmbrella, SendMessageResponse>>(true);
  // @ts-expect-error the umbrella's methods take no client argument
  await op.messages.sendMessage(client, { content: "hi", from: "PN1", to: ["+1"] });
  await op.phoneNumbers.listPhoneNumbers();

  try {
    await op.contacts.getContactById({ id: "x" });
  } catch (error) {
    if (error instanceof NotFoundError) {
      const e: APIError = error;
      void e.code;
    }
  }
}
