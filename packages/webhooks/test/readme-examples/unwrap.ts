import { InvalidWebhookSignatureError, unwrap } from "@openphone-sdk/webhooks";

export async function receive(request: Request): Promise<Response> {
  const rawBody = new Uint8Array(await request.arrayBuffer()); // the exact bytes, never re-serialized
  try {
    // Either scheme: the headers say which (openphone-signature, or webhook-id/-timestamp/-signature).
    const event = await unwrap(rawBody, request.headers, process.env.OPENPHONE_WEBHOOK_KEY ?? "");
    switch (event.type) {
      case "call.summary.completed":
        console.log(event.apiVersion === "2026-03-30" ? event.data.resource.summary : event.data.object.summary);
        break;
      case "contact.updated":
        if (event.apiVersion === "2026-03-30") console.log(event.data.resource.firstName, event.data.context.orgId);
        else console.log(event.data.object.firstName, event.data.object.fields);
        break;
    }
    return new Response(null, { status: 200 });
  } catch (error) {
    if (error instanceof InvalidWebhookSignatureError) return new Response(error.reason, { status: 400 });
    throw error;
  }
}
