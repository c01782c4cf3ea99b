import { InvalidWebhookSignatureError, unwrap } from "@openphone-sdk/webhooks";

export async function receive(request: Request): Promise<Response> {
  const rawBody = new Uint8Array(await request.arrayBuffer()); // the exact bytes, never re-serialized
  try {
    const event = await unwrap(rawBody, request.headers, process.env.OPENPHONE_WEBHOOK_KEY ?? "");
    switch (event.type) {
      case "message.received":
        console.log(event.data.object.text);
        break;
      case "call.summary.completed":
        console.log(event.data.object.summary);
        break;
    }
    return new Response(null, { status: 200 });
  } catch (error) {
    if (error instanceof InvalidWebhookSignatureError) return new Response(error.reason, { status: 400 });
    throw error;
  }
}
