// Consumer snippet of @openphone-sdk/webhooks (see README.md): compiled, never run.
import { createClient, createMessageWebhook, listWebhooks, unwrap, type WebhookEvent } from "@openphone-sdk/webhooks";

function describe(event: WebhookEvent): string {
  switch (event.type) {
    case "message.received":
    case "message.delivered":
      return `${event.data.object.from} -> ${event.data.object.to.join(",")}: ${event.data.object.text ?? ""}`;
    case "call.completed":
    case "call.ringing":
    case "call.recording.completed":
      return `${event.data.object.id} ${event.data.object.status} ${event.data.object.duration}`;
    case "call.summary.completed":
      return (event.data.object.summary ?? []).join(" ");
    case "call.transcript.completed":
      return String(event.data.object.dialogue?.length ?? 0);
    default: {
      const unknown: never = event;
      return String(unknown);
    }
  }
}

export async function webhooksSnippet(rawBody: string, headers: Record<string, string>): Promise<string> {
  const client = createClient({ apiKey: "key" });
  await createMessageWebhook(client, { url: "https://example.com/hook", events: ["message.received"] });
  const hooks = await listWebhooks(client);
  const event = await unwrap(rawBody, headers, "c2VjcmV0");
  return `${hooks.data.length} ${describe(event)}`;
}
