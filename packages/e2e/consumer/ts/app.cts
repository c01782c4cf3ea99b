// Type-checked as CommonJS under moduleResolution node16: these imports compile to require() and
// resolve the packages' "require" types (index.d.cts).
import { OpenPhone } from "@openphone-sdk/client";
import { createClient, type SendMessageResponse, sendMessage } from "@openphone-sdk/messages";
import { startMock } from "@openphone-sdk/mock";

async function main(): Promise<void> {
  const mock = await startMock();
  const client = createClient({ apiKey: "e2e-key", baseUrl: mock.url });
  const sent: SendMessageResponse = await sendMessage(client, {
    content: "Hello",
    from: "PN123abc",
    to: ["+15555555555"],
  });
  // @ts-expect-error the response body has no such field
  sent.data.nope;
  const op = new OpenPhone({ apiKey: "e2e-key", baseUrl: mock.url });
  // @ts-expect-error `id` is required
  await op.messages.getMessageById({});
  await mock.close();
}

void main();
