/**
 * The mock's data: one small workspace (users, phone numbers, custom fields, seed contacts and webhooks)
 * that every API key starts with, and list items (calls, messages, conversations) generated from the
 * request's own filters, so that every item matches what was asked for. Everything here is a pure function
 * of its inputs: the same request gets the same items on every run. The spec's example ids are part of the
 * workspace (contact `66d0d87e8dc1211467372303`, webhook `WH12345`, phone number `PN123abc`, user
 * `US123abc`), so the examples in the package READMEs find something.
 */
import { createHash } from "node:crypto";

/** The workspace owner: the default `userId` and every seed's creator. */
export const OWNER_ID = "US123abc";
export const ORG_ID = "OR1223abc";

/** Items are dated back from this instant, newest first. */
const ANCHOR_MS = Date.parse("2024-06-28T16:00:00.000Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function hex(length: number, ...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, length);
}

/** A stable id: `prefix` + hex derived from `parts` (`AC` + 24 hex for calls and messages). */
export function stableId(prefix: string, ...parts: unknown[]): string {
  return prefix + hex(24, prefix, ...parts);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const E164 = /^\+[1-9]\d{1,14}$/;

/** A fictional US number (555-01xx is reserved for fiction) derived from `seed`. */
function fictionalNumber(...seed: unknown[]): string {
  const areaCodes = ["415", "212", "312", "617", "206", "512", "303", "404"];
  const n = Number.parseInt(hex(8, ...seed), 16);
  return `+1${areaCodes[n % areaCodes.length]}55501${String((n >>> 8) % 100).padStart(2, "0")}`;
}

export interface User {
  email: string;
  firstName: string | null;
  groupId: string;
  id: string;
  lastName: string | null;
  role: string;
}

const USERS: User[] = [
  {
    email: "ava.thompson@example.com",
    firstName: "Ava",
    groupId: "GRr8kQ2mNx",
    id: OWNER_ID,
    lastName: "Thompson",
    role: "owner",
  },
  {
    email: "marcus.chen@example.com",
    firstName: "Marcus",
    groupId: "GRr8kQ2mNx",
    id: "USlHhXmRMz",
    lastName: "Chen",
    role: "admin",
  },
  {
    email: "priya.natarajan@example.com",
    firstName: "Priya",
    groupId: "GRt3Wp9LcV",
    id: "US7Yt2KpQw",
    lastName: "Natarajan",
    role: "member",
  },
];
const [AVA, MARCUS, PRIYA] = USERS as [User, User, User];

interface PhoneNumberFixture {
  id: string;
  groupId: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  number: string;
  formattedNumber: string | null;
  forward: string | null;
  portRequestId: string | null;
  portingStatus: string | null;
  symbol: string | null;
  users: User[];
  restrictions: {
    messaging: {
      CA: "restricted" | "unrestricted";
      US: "restricted" | "unrestricted";
      Intl: "restricted" | "unrestricted";
    };
    calling: {
      CA: "restricted" | "unrestricted";
      US: "restricted" | "unrestricted";
      Intl: "restricted" | "unrestricted";
    };
  };
}

const DOMESTIC = { CA: "unrestricted", US: "unrestricted", Intl: "restricted" } as const;

const PHONE_NUMBERS: PhoneNumberFixture[] = [
  {
    id: "PN123abc",
    groupId: "GRr8kQ2mNx",
    createdAt: "2023-03-14T09:26:53.000Z",
    updatedAt: "2024-05-02T18:04:11.000Z",
    name: "Main line",
    number: "+14155550100",
    formattedNumber: "(415) 555-0100",
    forward: null,
    portRequestId: null,
    portingStatus: null,
    symbol: "🏢",
    users: [AVA, MARCUS],
    restrictions: { messaging: DOMESTIC, calling: DOMESTIC },
  },
  {
    id: "PNs4Kd8QwLm2",
    groupId: "GRr8kQ2mNx",
    createdAt: "2023-06-01T15:00:00.000Z",
    updatedAt: "2024-04-18T12:30:00.000Z",
    name: "Support",
    number: "+14155550101",
    formattedNumber: "(415) 555-0101",
    forward: "+14155550199",
    portRequestId: null,
    portingStatus: null,
    symbol: "🛟",
    users: [MARCUS, PRIYA],
    restrictions: { messaging: DOMESTIC, calling: { CA: "unrestricted", US: "unrestricted", Intl: "unrestricted" } },
  },
  {
    id: "PNv9Xc3TqB7n",
    groupId: "GRt3Wp9LcV",
    createdAt: "2023-11-20T10:45:00.000Z",
    updatedAt: "2024-06-10T08:15:00.000Z",
    name: "Sales",
    number: "+12125550102",
    formattedNumber: "(212) 555-0102",
    forward: null,
    portRequestId: "PR7c1e9a",
    portingStatus: "completed",
    symbol: "📈",
    users: [PRIYA],
    restrictions: { messaging: DOMESTIC, calling: DOMESTIC },
  },
];

/** `listPhoneNumbers`: the workspace's numbers, those `userId` can use when given. */
export function phoneNumbers(userId: string | undefined): PhoneNumberFixture[] {
  const all = structuredClone(PHONE_NUMBERS);
  return userId ? all.filter((number) => number.users.some((user) => user.id === userId)) : all;
}

/** The workspace's number for a phone number id, or a fictional one derived from an unknown id. */
function numberOf(phoneNumberId: string): string {
  return PHONE_NUMBERS.find((n) => n.id === phoneNumberId)?.number ?? fictionalNumber("number", phoneNumberId);
}

/** The phone number id for an E.164 number: the workspace's, or a stable one derived from the number. */
function phoneNumberIdOf(value: string): string {
  if (value.startsWith("PN")) return value;
  return PHONE_NUMBERS.find((n) => n.number === value)?.id ?? stableId("PN", "number", value);
}

export type CustomFieldType = "address" | "boolean" | "date" | "multi-select" | "number" | "string" | "url";

export interface CustomFieldDefinition {
  name: string;
  key: string;
  type: CustomFieldType;
  /** The field's id, as contacts' `customFields[].id` show it. */
  id: string;
}

export const CUSTOM_FIELDS: CustomFieldDefinition[] = [
  { name: "Inbound Lead", key: "inbound-lead", type: "string", id: "66d0d87d534de8fd1c433cec3" },
  { name: "Lead Score", key: "lead-score", type: "number", id: "66d0d87d534de8fd1c433cec4" },
  { name: "VIP", key: "vip", type: "boolean", id: "66d0d87d534de8fd1c433cec5" },
  { name: "Renewal Date", key: "renewal-date", type: "date", id: "66d0d87d534de8fd1c433cec6" },
  { name: "Products", key: "products", type: "multi-select", id: "66d0d87d534de8fd1c433cec7" },
  { name: "Billing Address", key: "billing-address", type: "address", id: "66d0d87d534de8fd1c433cec8" },
  { name: "Website", key: "website", type: "url", id: "66d0d87d534de8fd1c433cec9" },
];

/** `getContactCustomFields`. */
export function customFieldDefinitions(): { name: string; key: string; type: CustomFieldType }[] {
  return CUSTOM_FIELDS.map(({ name, key, type }) => ({ name, key, type }));
}

export interface DateFilters {
  createdAfter?: number;
  createdBefore?: number;
  updatedAfter?: number;
  updatedBefore?: number;
}

function inRange(createdAt: string, updatedAt: string | null, filters: DateFilters): boolean {
  const created = Date.parse(createdAt);
  if (filters.createdAfter !== undefined && !(created > filters.createdAfter)) return false;
  if (filters.createdBefore !== undefined && !(created < filters.createdBefore)) return false;
  const updated = updatedAt === null ? created : Date.parse(updatedAt);
  if (filters.updatedAfter !== undefined && !(updated > filters.updatedAfter)) return false;
  if (filters.updatedBefore !== undefined && !(updated < filters.updatedBefore)) return false;
  return true;
}

/** The participant numbers as E.164 (a value that is not E.164 becomes a stable fictional number). */
function asE164(values: string[], ...seed: unknown[]): string[] {
  return values.map((value, i) => (E164.test(value) ? value : fictionalNumber("participant", value, i, ...seed)));
}

export interface CallQuery extends DateFilters {
  phoneNumberId: string;
  participants: string[];
  userId?: string;
}

/** `listCalls`: `size` calls between the number and the participant, newest first, then the date filters. */
export function calls(query: CallQuery, size: number) {
  const userId = query.userId ?? OWNER_ID;
  const participant =
    asE164(query.participants.slice(0, 1), "calls")[0] ?? fictionalNumber("calls", query.phoneNumberId);
  const statuses = [
    "completed",
    "completed",
    "missed",
    "completed",
    "no-answer",
    "completed",
    "busy",
    "completed",
  ] as const;
  const items = [];
  for (let i = 0; i < size; i++) {
    const createdMs = ANCHOR_MS - i * 97 * MINUTE;
    const direction = i % 3 === 1 ? "outgoing" : "incoming";
    let status: (typeof statuses)[number] = statuses[i % statuses.length] as (typeof statuses)[number];
    if (direction === "incoming" && status === "no-answer") status = "missed";
    if (direction === "outgoing" && status === "missed") status = "no-answer";
    const answered = status === "completed";
    const duration = answered ? 20 + (Number.parseInt(hex(4, "duration", query, i), 16) % 900) : 0;
    const answeredMs = createdMs + 7_000;
    const completedMs = answered ? answeredMs + duration * 1_000 : createdMs + 30_000;
    items.push({
      answeredAt: answered ? iso(answeredMs) : null,
      answeredBy: answered ? userId : null,
      initiatedBy: direction === "outgoing" ? userId : null,
      direction,
      status,
      completedAt: iso(completedMs),
      createdAt: iso(createdMs),
      duration,
      forwardedFrom: null,
      forwardedTo: null,
      id: stableId("AC", "call", query.phoneNumberId, participant, userId, i),
      phoneNumberId: query.phoneNumberId,
      participants: [participant],
      updatedAt: iso(completedMs),
      userId,
    });
  }
  return items.filter((call) => inRange(call.createdAt, null, query));
}

const TEXTS = [
  "Hi! Is the 3pm appointment still on for tomorrow?",
  "Yes, see you at 3. Please bring your order number.",
  "Thanks for calling earlier. Here is the quote we discussed: $1,240 for the annual plan.",
  "Could you resend the invoice? I can't find the email.",
  "Invoice resent to the address on file. Let us know if it doesn't arrive.",
  "Running 10 minutes late, sorry!",
  "No problem, we'll hold the room.",
  "Your package shipped today. Tracking: 1Z999AA10123456784",
  "Can we move Friday's call to Monday at 10am?",
  "Monday 10am works. Calendar invite sent.",
  "What are your support hours over the holidays?",
  "We're open 9am-5pm ET every day except Dec 25 and Jan 1.",
];

export interface MessageQuery extends DateFilters {
  phoneNumberId: string;
  participants: string[];
  userId?: string;
}

/** `listMessages`: a conversation of `size` texts between the number and the participants, newest first. */
export function messages(query: MessageQuery, size: number) {
  const userId = query.userId ?? OWNER_ID;
  const ours = numberOf(query.phoneNumberId);
  const participants = query.participants.length
    ? asE164(query.participants, "messages")
    : [fictionalNumber("messages", query.phoneNumberId)];
  const items = [];
  for (let i = 0; i < size; i++) {
    const createdMs = ANCHOR_MS - i * 53 * MINUTE;
    const incoming = i % 2 === 0;
    const status = incoming ? "delivered" : i % 9 === 5 ? "undelivered" : i % 4 === 3 ? "sent" : "delivered";
    items.push({
      id: stableId("AC", "message", query.phoneNumberId, participants, userId, i),
      to: incoming ? [ours] : participants,
      from: incoming ? (participants[(i / 2) % participants.length] as string) : ours,
      text: TEXTS[i % TEXTS.length] as string,
      phoneNumberId: query.phoneNumberId,
      direction: incoming ? "incoming" : "outgoing",
      userId,
      status,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs + 2_000),
    });
  }
  return items.filter((message) => inRange(message.createdAt, null, query));
}

const PEOPLE = [
  ["Olivia", "Martinez", "Brightside Dental", "Office Manager"],
  ["Liam", "Johnson", "Northwind Traders", "Purchasing Lead"],
  ["Emma", "Williams", "Acme Logistics", "Dispatcher"],
  ["Noah", "Brown", "Blue Harbor Realty", "Broker"],
  ["Sophia", "Garcia", "Garcia & Sons Plumbing", "Owner"],
  ["Mason", "Miller", "Summit Fitness", "Front Desk"],
  ["Isabella", "Davis", "Lakeside Veterinary", "Practice Manager"],
  ["Ethan", "Rodriguez", "Cedar Creek Builders", "Project Manager"],
  ["Mia", "Wilson", "Pinecrest Insurance", "Account Executive"],
  ["Lucas", "Anderson", "Redwood Analytics", "CTO"],
  ["Amelia", "Taylor", "Sunrise Bakery", "Owner"],
  ["James", "Thomas", "Harbor Freight Co", "Operations"],
] as const;

export interface ConversationQuery extends DateFilters {
  /** OpenPhone phone number ids or E.164 numbers (`phoneNumbers`, or the deprecated `phoneNumber`). */
  phoneNumbers: string[];
  userId?: string;
  excludeInactive: boolean;
}

/** `listConversations`: `size` conversations spread over the requested numbers (or the workspace's), newest first. */
export function conversations(query: ConversationQuery, size: number) {
  const inboxes = query.phoneNumbers.length ? query.phoneNumbers.map(phoneNumberIdOf) : PHONE_NUMBERS.map((n) => n.id);
  const items = [];
  for (let i = 0; i < size; i++) {
    const phoneNumberId = inboxes[i % inboxes.length] as string;
    const lastActivityMs = ANCHOR_MS - i * 211 * MINUTE;
    const createdMs = lastActivityMs - (3 + (i % 40)) * DAY;
    const participants = [fictionalNumber("conversation", phoneNumberId, i)];
    if (i % 6 === 5) participants.push(fictionalNumber("conversation", phoneNumberId, i, "second"));
    const person = PEOPLE[i % PEOPLE.length] as readonly string[];
    const inactive = i % 8 === 7;
    items.push({
      assignedTo: query.userId ?? (i % 4 === 0 ? MARCUS.id : null),
      createdAt: iso(createdMs),
      deletedAt: inactive ? iso(lastActivityMs + 45 * MINUTE) : null,
      id: stableId("CN", "conversation", phoneNumberId, query.userId ?? null, i),
      lastActivityAt: iso(lastActivityMs),
      lastActivityId: stableId("AC", "conversation-activity", phoneNumberId, i),
      mutedUntil: null,
      name: participants.length > 1 ? null : `${person[0]} ${person[1]}`,
      participants,
      phoneNumberId,
      snoozedUntil: i % 10 === 3 ? iso(ANCHOR_MS + 2 * DAY) : null,
      updatedAt: iso(inactive ? lastActivityMs + 45 * MINUTE : lastActivityMs),
    });
  }
  return items.filter(
    (c) => !(query.excludeInactive && c.deletedAt !== null) && inRange(c.createdAt as string, c.updatedAt, query),
  );
}

/** A contact as the API returns it. */
export interface Contact {
  id: string;
  externalId: string | null;
  source: string | null;
  sourceUrl: string | null;
  defaultFields: {
    company: string | null;
    emails: { name: string; value: string | null; id?: string }[];
    firstName: string | null;
    lastName: string | null;
    phoneNumbers: { name: string; value: string | null; id?: string }[];
    role: string | null;
  };
  customFields: ({ name: string; key?: string; id?: string } & (
    | { type: "multi-select"; value: string[] | null }
    | { type: "address" | "string" | "url"; value: string | null }
    | { type: "boolean"; value: boolean | null }
    | { type: "date"; value: string | null }
    | { type: "number"; value: number | null }
  ))[];
  createdAt: string;
  updatedAt: string;
  createdByUserId: string;
}

/** A contact custom field value, as stored on a contact. */
export function customFieldValue(definition: CustomFieldDefinition, value: unknown): Contact["customFields"][number] {
  return {
    name: definition.name,
    key: definition.key,
    id: definition.id,
    type: definition.type,
    value,
  } as Contact["customFields"][number];
}

function field(key: string): CustomFieldDefinition {
  return CUSTOM_FIELDS.find((f) => f.key === key) as CustomFieldDefinition;
}

/**
 * The contacts every key starts with: `count` of them (at least 2), created a day apart. The first two are
 * the spec's examples: `66d0d87e8dc1211467372303` (the id the README examples use) and `664d0db69fcac7cf2e6ec`
 * (externalId `664d0db69fcac7cf2e6ec`, John Doe at OpenPhone). The others have externalIds `crm-0003`, `crm-0004`, ….
 */
export function seedContacts(count: number): Contact[] {
  const total = Math.max(2, count);
  const contacts: Contact[] = [];
  for (let i = 0; i < total; i++) {
    const createdAt = iso(ANCHOR_MS - (total - i) * DAY);
    const person = PEOPLE[i % PEOPLE.length] as readonly string[];
    const [first, last, company, role] = person as [string, string, string, string];
    const email = `${first.toLowerCase()}.${last.toLowerCase()}${i >= PEOPLE.length ? i : ""}@example.com`;
    const id = i === 0 ? "66d0d87e8dc1211467372303" : i === 1 ? "664d0db69fcac7cf2e6ec" : hex(24, "contact", i);
    const source = i % 5 === 4 ? "custom-hubspot" : "public-api";
    const contact: Contact = {
      id,
      externalId: i === 1 ? "664d0db69fcac7cf2e6ec" : `crm-${String(i + 1).padStart(4, "0")}`,
      source,
      sourceUrl: source === "custom-hubspot" ? `https://app.hubspot.com/contacts/48213/record/0-1/${1000 + i}` : null,
      defaultFields: {
        company,
        emails: [{ name: "work email", value: email, id: hex(24, "email", i) }],
        firstName: first,
        lastName: last,
        phoneNumbers: [{ name: "mobile", value: fictionalNumber("contact", i), id: hex(24, "phone", i) }],
        role,
      },
      customFields: [],
      createdAt,
      updatedAt: createdAt,
      createdByUserId: OWNER_ID,
    };
    if (i === 1) {
      contact.defaultFields = {
        company: "OpenPhone",
        emails: [{ name: "company email", value: "abc@example.com", id: "acb123" }],
        firstName: "John",
        lastName: "Doe",
        phoneNumbers: [{ name: "company phone", value: "+12345678901", id: "acb124" }],
        role: "Sales",
      };
      contact.sourceUrl = "https://openphone.co/contacts/664d0db69fcac7cf2e6ec";
    }
    if (i % 3 === 0)
      contact.customFields.push(customFieldValue(field("inbound-lead"), i % 2 === 0 ? "website" : "referral"));
    if (i % 4 === 1) contact.customFields.push(customFieldValue(field("vip"), i % 8 === 1));
    if (i % 5 === 2) contact.customFields.push(customFieldValue(field("lead-score"), 40 + ((i * 7) % 60)));
    if (i % 6 === 3) contact.customFields.push(customFieldValue(field("products"), ["Phone plan", "SMS add-on"]));
    contacts.push(contact);
  }
  return contacts;
}

export type WebhookEvents =
  | "message.received"
  | "message.delivered"
  | "call.completed"
  | "call.ringing"
  | "call.recording.completed"
  | "call.summary.completed"
  | "call.transcript.completed";

/** A webhook as the API returns it. */
export interface Webhook {
  id: string;
  userId: string;
  orgId: string;
  label: string | null;
  status: "enabled" | "disabled";
  url: string;
  key: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  events: WebhookEvents[];
  resourceIds: string[];
}

/** A webhook's signing key: 32 bytes, base64, as OpenPhone shows it. */
export function signingKey(...seed: unknown[]): string {
  return createHash("sha256")
    .update(JSON.stringify(["webhook-key", ...seed]))
    .digest("base64");
}

/** The webhooks every key starts with: the spec's examples `WHabcd1234` (messages) and `WH12345` (calls). */
export function seedWebhooks(): Webhook[] {
  return [
    {
      id: "WHabcd1234",
      userId: OWNER_ID,
      orgId: ORG_ID,
      label: "my webhook label",
      status: "enabled",
      url: "https://example.com/",
      key: signingKey("WHabcd1234"),
      createdAt: "2024-01-15T10:00:00.000Z",
      updatedAt: "2024-01-15T10:00:00.000Z",
      deletedAt: null,
      events: ["message.received", "message.delivered"],
      resourceIds: ["*"],
    },
    {
      id: "WH12345",
      userId: OWNER_ID,
      orgId: ORG_ID,
      label: "call log",
      status: "enabled",
      url: "https://example.com/calls",
      key: signingKey("WH12345"),
      createdAt: "2024-02-01T12:30:00.000Z",
      updatedAt: "2024-02-01T12:30:00.000Z",
      deletedAt: null,
      events: ["call.completed"],
      resourceIds: ["PN123abc"],
    },
  ];
}
