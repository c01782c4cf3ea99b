// Consumer snippet of @openphone-sdk/messages (see README.md): compiled, never run.
import {
  createClient,
  getMessageById,
  listMessages,
  type SendMessageParams,
  type SendMessageResponse,
  sendMessage,
} from "@openphone-sdk/messages";

const client = createClient({ apiKey: "key" });

export async function messagesSnippet(): Promise<string[]> {
  const params: SendMessageParams = { content: "Your order shipped", from: "PN1", to: ["+15555550100"] };
  const sent: SendMessageResponse = await sendMessage(client, { ...params, setInboxStatus: "done" });
  const again = await getMessageById(client, { id: sent.data.id });
  const page = await listMessages(client, { phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 50 });
  const texts = page.data.map((m) => `${m.direction === "incoming" ? "<" : ">"} ${m.text ?? ""} ${m.createdAt}`);
  return [again.data.status, ...texts];
}
