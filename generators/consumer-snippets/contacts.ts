// Consumer snippet of @openphone-sdk/contacts (see README.md): compiled, never run.
import {
  type CreateContactParams,
  createClient,
  createContact,
  deleteContact,
  getContactById,
  updateContactById,
} from "@openphone-sdk/contacts";

const client = createClient({ apiKey: "key" });

export async function contactsSnippet(): Promise<string> {
  const params: CreateContactParams = {
    defaultFields: {
      firstName: "Ada",
      lastName: "Lovelace",
      company: "Analytical",
      emails: [{ name: "work", value: "ada@example.com" }],
      phoneNumbers: [{ name: "mobile", value: "+15555550100" }],
    },
    source: "crm",
  };
  const created = await createContact(client, params);
  const id: string = created.data.id;
  const fetched = await getContactById(client, { id });
  const first: string | null = fetched.data.defaultFields.firstName;
  await updateContactById(client, { id, defaultFields: { firstName: first ?? "Ada" } });
  await deleteContact(client, { id });
  return `${id} ${created.data.createdAt}`;
}
