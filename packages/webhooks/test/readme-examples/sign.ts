import { sign } from "@openphone-sdk/webhooks";

const body = JSON.stringify({
  id: "EV1",
  object: "event",
  apiVersion: "v3",
  createdAt: new Date().toISOString(),
  type: "call.ringing",
  data: { object: { id: "AC1", status: "ringing" } },
});
const signature = await sign(body, process.env.OPENPHONE_WEBHOOK_KEY ?? "", { timestamp: Date.now() });
await fetch("http://localhost:3000/webhooks/openphone", {
  method: "POST",
  headers: { "content-type": "application/json", "openphone-signature": signature },
  body,
});
