// Generated from spec/openapi.json by @openphone-sdk/generators. Do not edit: run `pnpm generate`.
import {
  createContact,
  deleteContact,
  getContactById,
  listContacts,
  updateContactById,
} from "./operations.js";

// createClient, paginate, the error classes…: one import gives a caller everything.
export * from "@openphone-sdk/core";
export type { components, operations, paths } from "./openapi.js";
export type {
  CreateContactParams,
  CreateContactResponse,
  DeleteContactParams,
  DeleteContactResponse,
  GetContactByIdParams,
  GetContactByIdResponse,
  ListContactsParams,
  ListContactsResponse,
  UpdateContactByIdParams,
  UpdateContactByIdResponse,
} from "./operations.js";
export type {
  Contact,
  UpdatedContact,
} from "./resources.js";
export {
  createContact,
  createContactOperation,
  deleteContact,
  deleteContactOperation,
  getContactById,
  getContactByIdOperation,
  listContacts,
  listContactsOperation,
  updateContactById,
  updateContactByIdOperation,
} from "./operations.js";

/**
 * Every Contacts operation by name: what the umbrella client binds as `.contacts`.
 */
export const contactsOperations = {
  createContact,
  deleteContact,
  getContactById,
  listContacts,
  updateContactById,
} as const;
