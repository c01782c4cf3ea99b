// Type-checked as an ES module under moduleResolution node16 (see tsconfig.node16.json).
import { OpenPhone } from "@openphone-sdk/client";
import {
  createClient,
  listMessages,
  NotFoundError,
  OpenPhoneError,
  type SendMessageParams,
  type SendMessageResponse,
  sendMessage,
} from "@openphone-sdk/messages";
import { type MockServer, startMock } from "@openphone-sdk/mock";

const mock: MockServer = await startMock({ port: 0 });
const client = createClient({ apiKey: "e2e-key", baseUrl: mock.url });

const params: SendMessageParams = { content: "Hello", from: "PN123abc", to: ["+15555555555"] };
const sent: SendMessageResponse = await sendMessage(client, params);
const id: string = sent.data.id;

// @ts-expect-error `to` is a list of phone numbers, not one string
await sendMessage(client, { content: "Hello", from: "PN123abc", to: "+15555555555" });
// @ts-expect-error `content` is required
await sendMessage(client, { from: "PN123abc", to: ["+15555555555"] });
// @ts-expect-error unknown parameter
await listMessages(client, { phoneNumberId: "PN123abc", participants: [], maxResults: 10, bogus: true });

const op = new OpenPhone({ apiKey: "e2e-key", baseUrl: mock.url });
const page = await op.messages.listMessages({ phoneNumberId: "PN123abc", participants: ["+1555"], maxResults: 5 });
const first: string | undefined = page.data[0]?.id;
// @ts-expect-error no such resource on the umbrella client
op.invoices;

try {
  await op.messages.getMessageById({ id });
} catch (error) {
  if (error instanceof NotFoundError) {
    const status: number = error.status;
    console.log(status);
  } else if (error instanceof OpenPhoneError) {
    console.log(error.message);
  }
}
console.log(first);
await mock.close();
