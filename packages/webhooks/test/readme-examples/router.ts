import { WebhookRouter } from "@openphone-sdk/webhooks";
import { readMessage } from "./read-message.js";

export const router = new WebhookRouter({
  // The legacy base64 key, a whsec_… secret, or both (one route for old and new webhooks while migrating).
  signingKey: [process.env.OPENPHONE_WEBHOOK_KEY ?? "", process.env.QUO_WEBHOOK_SECRET ?? ""].filter(Boolean),
})
  .on("message.received", async (event) => {
    const { from, to, text } = readMessage(event);
    console.log(`${from} wrote to ${to.join(", ")}: ${text}`);
  })
  .on("call.completed", (event) => {
    if (event.apiVersion === "2026-03-30") {
      console.log(`call ${event.data.resource.id} lasted ${event.data.resource.duration ?? 0} s`);
    } else {
      console.log(`call from ${event.data.object.from} ${event.data.object.status}`);
    }
  });
