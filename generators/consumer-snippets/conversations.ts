// Consumer snippet of @openphone-sdk/conversations (see README.md): compiled, never run.
import { createClient, listConversations } from "@openphone-sdk/conversations";

export async function conversationsSnippet(): Promise<number> {
  const page = await listConversations(createClient({ apiKey: "key" }), { maxResults: 20, excludeInactive: true });
  return page.data.filter((c) => c.assignedTo !== null && c.deletedAt === null).length;
}
