// A Cloudflare Worker built from the published packages (bundled by esbuild, run in workerd by miniflare).
// POST /webhooks receives signed deliveries through toFetchHandler; GET /call calls the API (the mock)
// through the SDK; GET /handled lists what the handlers saw. No Node built-ins, no compatibility flags.
import { createClient, getMessageById, NotFoundError, sendMessage } from "@openphone-sdk/messages";
import { toFetchHandler, WEBHOOK_EVENT_TYPES, WebhookRouter } from "@openphone-sdk/webhooks";

const handled = [];
let receive;

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/webhooks") {
      if (!receive) {
        const router = new WebhookRouter({ signingKey: JSON.parse(env.SIGNING_KEYS) });
        for (const type of WEBHOOK_EVENT_TYPES)
          router.on(type, (event) => handled.push(`${event.apiVersion} ${event.type}`));
        receive = toFetchHandler(router);
      }
      return receive(request);
    }
    if (url.pathname === "/handled") return Response.json(handled);
    if (url.pathname === "/call") {
      const client = createClient({ apiKey: env.API_KEY, baseUrl: env.MOCK_URL, timeoutMs: 10_000 });
      const sent = await sendMessage(client, { content: "Hello from workerd", from: "PN123abc", to: ["+15555555555"] });
      let notFound = false;
      try {
        await getMessageById(client, { id: "AC123abc" }, { headers: { Prefer: "code=404" } });
      } catch (error) {
        notFound = error instanceof NotFoundError && error.status === 404;
      }
      return Response.json({ sent: sent.data.id, notFound });
    }
    return new Response("not found", { status: 404 });
  },
};
