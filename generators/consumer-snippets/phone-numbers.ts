// Consumer snippet of @openphone-sdk/phone-numbers (see README.md): compiled, never run.
import { createClient, listPhoneNumbers } from "@openphone-sdk/phone-numbers";

export async function phoneNumbersSnippet(): Promise<string[]> {
  const numbers = await listPhoneNumbers(createClient({ apiKey: "key" }));
  return numbers.data.map((n) => `${n.id} ${n.number} ${n.name} ${n.formattedNumber ?? ""} ${n.users.length}`);
}
