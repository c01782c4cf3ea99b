/**
 * What the mock remembers: per API key (the `Authorization` header's value), the contacts and webhooks of
 * one workspace, in memory. A key seen for the first time starts with the seed contacts and webhooks; keys
 * never see each other's changes. `reset()` forgets one key or all of them.
 */
import { type Contact, seedContacts, seedWebhooks, type Webhook } from "./fixtures.js";

export interface StoredContact {
  /** Creation order: lists are in this order, and page tokens point into it. */
  seq: number;
  contact: Contact;
}

export class Account {
  readonly contacts = new Map<string, StoredContact>();
  readonly webhooks = new Map<string, { seq: number; webhook: Webhook }>();
  private seq = 0;

  constructor(seedCount: number) {
    for (const contact of seedContacts(seedCount)) this.addContact(contact);
    for (const webhook of seedWebhooks()) this.addWebhook(webhook);
  }

  addContact(contact: Contact): void {
    this.contacts.set(contact.id, { seq: this.seq++, contact });
  }

  addWebhook(webhook: Webhook): void {
    this.webhooks.set(webhook.id, { seq: this.seq++, webhook });
  }
}

export class Accounts {
  // A Map, not an object: any header value (`__proto__`, `constructor`) is just a key.
  private readonly byKey = new Map<string, Account>();

  constructor(private readonly seedCount: number) {}

  get(apiKey: string): Account {
    let account = this.byKey.get(apiKey);
    if (!account) {
      account = new Account(this.seedCount);
      this.byKey.set(apiKey, account);
    }
    return account;
  }

  /** Forgets what one key (or, without a key, every key) created, updated and deleted. */
  reset(apiKey?: string): void {
    if (apiKey === undefined) this.byKey.clear();
    else this.byKey.delete(apiKey);
  }

  get size(): number {
    return this.byKey.size;
  }
}
