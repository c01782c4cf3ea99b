// Consumer snippet of @openphone-sdk/client (see README.md): compiled, never run.
import { OpenPhone } from "@openphone-sdk/client";

export async function clientSnippet(): Promise<string[]> {
  const op = new OpenPhone({ apiKey: "key", maxRetries: 1 });
  const numbers = await op.phoneNumbers.listPhoneNumbers();
  const sent = await op.messages.sendMessage({ content: "Hi", from: "PN1", to: ["+15555550100"] });
  const calls = await op.calls.listCalls({ phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 5 });
  const contact = await op.contacts.getContactById({ id: "CT1" });
  return [...numbers.data.map((n) => n.number), sent.data.id, ...calls.data.map((c) => c.id), contact.data.id];
}
