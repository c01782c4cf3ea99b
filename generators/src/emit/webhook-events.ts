/**
 * The typed webhook events of the webhooks package, from the webhooks document (see ../webhook-spec.ts):
 * openapi-typescript's output for it, plus one alias per schema, the `WebhookEvent` union discriminated on
 * `type`, a type -> event map and the list of known types. Only the webhooks package's generated folder
 * depends on that document, so editing it touches no other package.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { WebhookSpec } from "../webhook-spec.js";
import { docText, jsdoc } from "./code.js";

export const OPENAPI_FILE = "webhook-events-openapi.ts";
export const EVENTS_FILE = "webhook-events.ts";

export function webhookHeader(source: string): string {
  return `// Generated from ${source} (and the spec/openapi.json schemas it references) by @openphone-sdk/generators. Do not edit: run \`pnpm generate\`.\n`;
}

/** The alias module: what the package's hand-written code and its users import. */
export function emitWebhookEventTypes(spec: WebhookSpec): string {
  const out: string[] = [
    `${webhookHeader(spec.source)}import type { components } from "./${OPENAPI_FILE.replace(/\.ts$/, ".js")}";\n`,
  ];
  const events = new Map(spec.events.map((e) => [e.schemaName, e]));
  for (const schema of spec.schemas) {
    const event = events.get(schema.name);
    const lines: string[] = [];
    if (event) {
      lines.push(`\`${event.type}\`${event.summary ? `: ${docText(event.summary)}.` : ""}`);
      if (event.description) lines.push("", docText(event.description));
    } else if (schema.description) {
      lines.push(docText(schema.description));
    }
    out.push(
      `${lines.length ? jsdoc(lines) : ""}export type ${schema.name} = components["schemas"]["${schema.name}"];\n`,
    );
  }
  out.push(
    `${jsdoc([
      "Every webhook event this version of the SDK knows, discriminated on `type`: `switch (event.type)` or",
      '`if (event.type === "message.received")` narrows to that event in every generation that sends it;',
      "`event.apiVersion` then narrows to one generation (and `event.data.object` or `event.data.resource`).",
    ])}export type WebhookEvent =\n${spec.events.map((e) => `  | ${e.schemaName}`).join("\n")};\n`,
    "/** The `type` of every known webhook event. */",
    'export type WebhookEventType = WebhookEvent["type"];\n',
    "/** The `apiVersion` of every known webhook event: one value (or two) per generation. */",
    'export type WebhookApiVersion = WebhookEvent["apiVersion"];\n',
    '/** Each event type to its event: `WebhookEventMap["message.received"]` is `MessageReceivedEvent`. */',
    `export interface WebhookEventMap {\n${spec.events.map((e) => `  ${JSON.stringify(e.type)}: ${e.schemaName};`).join("\n")}\n}\n`,
    "/** Every known event type, sorted: an event whose `type` is not here comes from a newer API than this SDK. */",
    `export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [\n${spec.events
      .map((e) => `  ${JSON.stringify(e.type)},`)
      .join("\n")}\n];`,
  );
  return `${out.join("\n")}\n`;
}

/** Where a package's hand-written README section wants the event table. */
export const EVENT_TABLE_MARKER = "<!-- webhook-event-types -->";

/** A README table of the event types, so the package README follows the webhooks document. */
export function emitWebhookEventsTable(spec: WebhookSpec): string {
  const rows = spec.events.flatMap((e) =>
    e.variants.map((v, i) => {
      const versions = v.apiVersions.map((version) => `\`${version}\``).join(", ");
      const object = v.objectSchema ? `\`data.${v.dataKey}\`: \`${v.objectSchema}\`` : "";
      const first = i === 0;
      return `| ${first ? `\`${e.type}\`` : ""} | ${first ? `\`${e.schemaName}\`` : ""} | ${versions} | \`${v.schemaName}\` | ${object} | ${first ? (e.summary ?? "").replace(/\|/g, "\\|") : ""} |`;
    }),
  );
  return [
    "### Event types\n",
    `Generated from \`${spec.source}\`: one row per event type and generation. Narrow \`WebhookEvent\` on \`type\`, then on \`apiVersion\`.\n`,
    "| `type` | Event type | `apiVersion` | Shape | Resource | When |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}

/** Both generated files, at `<base>/src/generated/`. */
export async function emitWebhookEvents(
  spec: WebhookSpec,
  base: string,
): Promise<{ path: string; content: string; kind: "generated" }[]> {
  const openapi = `${webhookHeader(spec.source)}${astToString(await openapiTS(spec.doc as never, { silent: true }))}`;
  return [
    { path: `${base}/src/generated/${OPENAPI_FILE}`, content: openapi, kind: "generated" },
    { path: `${base}/src/generated/${EVENTS_FILE}`, content: emitWebhookEventTypes(spec), kind: "generated" },
  ];
}
