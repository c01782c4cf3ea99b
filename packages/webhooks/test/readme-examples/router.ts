import { WebhookRouter } from "@openphone-sdk/webhooks";

export const router = new WebhookRouter({ signingKey: process.env.OPENPHONE_WEBHOOK_KEY ?? "" })
  .on("message.received", async (event) => {
    // event: MessageReceivedEvent, so event.data.object is a message as getMessageById returns it
    const message = event.data.object;
    console.log(`${message.from} wrote: ${message.text}`);
  })
  .on("call.completed", (event) => {
    console.log(`call ${event.data.object.id} lasted ${event.data.object.duration} s`);
  });
