import type { MessageDeliveredEvent, MessageReceivedEvent } from "@openphone-sdk/webhooks";

/** Sender, recipients and text of a message event, whichever kind of webhook sent it. */
export function readMessage(event: MessageReceivedEvent | MessageDeliveredEvent) {
  switch (event.apiVersion) {
    case "2026-03-30": {
      // New system: the message is data.resource; who sent it to whom is in data.context.
      const { resource, context } = event.data;
      return { from: context.senderIdentifier, to: context.recipientIdentifiers, text: resource.text ?? "" };
    }
    case "v4": {
      // Legacy, created through the API: the REST message (`to` may come as one string).
      const { from, to, text } = event.data.object;
      return { from, to: typeof to === "string" ? to.split(",") : to, text };
    }
    default: {
      // Legacy, created in the app ("v2" / "v3"): `body`, and `to` as one comma-joined string.
      const { from, to, body } = event.data.object;
      return { from, to: to.split(","), text: body };
    }
  }
}
