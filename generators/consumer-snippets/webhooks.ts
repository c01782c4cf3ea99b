// Consumer snippet of @openphone-sdk/webhooks (see README.md): compiled, never run. Rewritten for the typed
// generations (issue 12): the old snippet, which read `event.data.object` without narrowing on apiVersion,
// stopped compiling, so that release is a major one (.changeset/webhooks-generations-major.md).
import {
  createClient,
  createMessageWebhook,
  listWebhooks,
  type MessageDeliveredEvent,
  type MessageReceivedEvent,
  unwrap,
  type WebhookEvent,
} from "@openphone-sdk/webhooks";

/** Sender, recipients and text of a message event, whichever kind of webhook sent it (narrowed on apiVersion). */
function readMessage(event: MessageReceivedEvent | MessageDeliveredEvent): string {
  switch (event.apiVersion) {
    case "2026-03-30":
      return `${event.data.context.senderIdentifier} -> ${event.data.context.recipientIdentifiers.join(",")}: ${event.data.resource.text ?? ""}`;
    case "v4": {
      const { from, to, text } = event.data.object;
      return `${from} -> ${typeof to === "string" ? to : to.join(",")}: ${text}`;
    }
    default:
      return `${event.data.object.from} -> ${event.data.object.to}: ${event.data.object.body}`;
  }
}

function describe(event: WebhookEvent): string {
  switch (event.type) {
    case "message.received":
    case "message.delivered":
      return readMessage(event);
    default:
      return `${event.type} (${event.apiVersion})`;
  }
}

export async function webhooksSnippet(rawBody: string, headers: Record<string, string>): Promise<string> {
  const client = createClient({ apiKey: "key" });
  await createMessageWebhook(client, { url: "https://example.com/hook", events: ["message.received"] });
  const hooks = await listWebhooks(client);
  const event = await unwrap(rawBody, headers, "c2VjcmV0");
  return `${hooks.data.length} ${describe(event)}`;
}
