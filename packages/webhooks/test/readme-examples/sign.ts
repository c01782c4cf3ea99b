import { sign } from "@openphone-sdk/webhooks";

const body = JSON.stringify({
  id: "EV1",
  apiVersion: "2026-03-30",
  createdAt: new Date().toISOString(),
  type: "call.ringing",
  data: {
    resource: { id: "AC1", createdAt: new Date().toISOString() },
    context: {
      orgId: "OR1",
      phoneNumberId: "PN1",
      participants: { workspace: [], external: [], resolution: "unavailable" },
    },
    links: { quo: null },
  },
});
// scheme "standard": the three webhook-* headers; the default ("legacy") gives the openphone-signature value.
const headers = await sign(body, process.env.QUO_WEBHOOK_SECRET ?? "", { scheme: "standard" });
await fetch("http://localhost:3000/webhooks/openphone", {
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body,
});
