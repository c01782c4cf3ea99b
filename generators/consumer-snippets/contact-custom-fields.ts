// Consumer snippet of @openphone-sdk/contact-custom-fields (see README.md): compiled, never run.
import { createClient, getContactCustomFields } from "@openphone-sdk/contact-custom-fields";

export async function contactCustomFieldsSnippet(): Promise<string[]> {
  const fields = await getContactCustomFields(createClient({ apiKey: "key" }));
  return fields.data.map(
    (field) => `${field.key}:${field.name}:${field.type === "multi-select" ? "many" : field.type}`,
  );
}
