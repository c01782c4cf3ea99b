import { inspect } from "node:util";
import { OpenPhoneError } from "@openphone-sdk/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  DEFAULT_TOLERANCE_MS,
  InvalidWebhookPayloadError,
  InvalidWebhookSignatureError,
  type InvalidWebhookSignatureReason,
  type MessageReceivedEvent,
  sign,
  unwrap,
  verify,
  type WebhookEvent,
} from "../src/index.js";
import {
  flipSignatureByte,
  KEY,
  MESSAGE_BODY,
  MESSAGE_EVENT,
  NOW,
  nodeHeader,
  nodeSignature,
  OTHER_KEY,
} from "./helpers.js";

const TS = NOW - 1_000;
const at = { now: NOW };

/** Runs `promise`, expecting an InvalidWebhookSignatureError with `reason`; returns the error. */
async function rejection(promise: Promise<unknown>, reason: InvalidWebhookSignatureReason) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidWebhookSignatureError);
  expect((error as InvalidWebhookSignatureError).reason).toBe(reason);
  return error as InvalidWebhookSignatureError;
}

describe("known-answer vectors (node:crypto)", () => {
  it("sign() produces exactly the header node:crypto computes", async () => {
    expect(await sign(MESSAGE_BODY, KEY, { timestamp: TS })).toBe(nodeHeader(KEY, TS, MESSAGE_BODY));
    expect(await sign("", KEY, { timestamp: 0 })).toBe(nodeHeader(KEY, 0, ""));
    expect(await sign(MESSAGE_BODY, KEY, { timestamp: new Date(TS) })).toBe(nodeHeader(KEY, TS, MESSAGE_BODY));
  });

  it("matches a fixed vector, so a change to the scheme cannot go unnoticed", async () => {
    const body = '{"type":"call.ringing"}';
    // Recorded once with openssl dgst -sha256 -mac HMAC; node:crypto re-derives it below.
    const expected = "hmac;1;1714564800000;Ml5fb2kI2O3KoU5ymcU3PKLTqDjHobV283qnJg7+kR8=";
    expect(nodeHeader(KEY, 1714564800000, body)).toBe(expected);
    expect(await sign(body, KEY, { timestamp: 1714564800000 })).toBe(expected);
  });

  it("unwrap() accepts a node:crypto signature and returns the parsed, typed event", async () => {
    const event = await unwrap(MESSAGE_BODY, { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) }, KEY, at);
    expect(event).toEqual(MESSAGE_EVENT);
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    if (event.type !== "message.received") throw new Error("expected message.received");
    // Narrowed on type to every generation's message.received; apiVersion narrows further (see events.test.ts).
    expectTypeOf(event).toEqualTypeOf<MessageReceivedEvent>();
    expect((event.data as { object: { text: string } }).object.text).toBe("Hello, world!");
  });

  it("verifies the exact bytes of a string, Uint8Array, Buffer, Buffer view or ArrayBuffer body", async () => {
    const header = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };
    const bytes = new TextEncoder().encode(MESSAGE_BODY);
    // A view into a larger allocation: only its own bytes may be signed.
    const pooled = Buffer.from(`xxxx${MESSAGE_BODY}yyyy`).subarray(4, 4 + Buffer.byteLength(MESSAGE_BODY));
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    for (const body of [MESSAGE_BODY, bytes, Buffer.from(MESSAGE_BODY), pooled, bytes.slice().buffer]) {
      await expect(verify(body, header, KEY, at)).resolves.toBeUndefined();
    }
  });

  it("handles non-ASCII bodies as UTF-8 bytes", async () => {
    const body = JSON.stringify({ ...MESSAGE_EVENT, data: { object: { text: "héllo 👋 — ünïcode" } } });
    const event = await unwrap(Buffer.from(body), { "openphone-signature": nodeHeader(KEY, TS, body) }, KEY, at);
    expect((event.data as { object: { text: string } }).object.text).toBe("héllo 👋 — ünïcode");
  });
});

describe("headers", () => {
  const value = nodeHeader(KEY, TS, MESSAGE_BODY);

  it("finds the header in a plain object in any case, in a Headers, or as a repeated header", async () => {
    await verify(MESSAGE_BODY, { "OpenPhone-Signature": value }, KEY, at);
    await verify(MESSAGE_BODY, { "OPENPHONE-SIGNATURE": value, other: "x" }, KEY, at);
    await verify(MESSAGE_BODY, new Headers({ "Openphone-Signature": value }), KEY, at);
    // Repeated headers join with commas: a malformed first one (AAAA is 3 bytes) spoils the whole.
    await rejection(
      verify(MESSAGE_BODY, { "openphone-signature": ["hmac;1;1;AAAA", value] }, KEY, at),
      "malformed_header",
    );
    const bad = `hmac;1;${TS};${flipSignatureByte(nodeSignature(KEY, TS, MESSAGE_BODY))}`;
    await verify(MESSAGE_BODY, { "openphone-signature": [bad, value] }, KEY, at);
  });

  it("missing or empty header -> missing_header", async () => {
    await rejection(verify(MESSAGE_BODY, {}, KEY, at), "missing_header");
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": "" }, KEY, at), "missing_header");
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": "  " }, KEY, at), "missing_header");
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": undefined }, KEY, at), "missing_header");
    await rejection(verify(MESSAGE_BODY, new Headers(), KEY, at), "missing_header");
    await rejection(verify(MESSAGE_BODY, { "x-openphone-signature": value }, KEY, at), "missing_header");
  });

  it.each([
    ["garbage", "garbage"],
    ["too few fields", `hmac;1;${TS}`],
    ["too many fields", `${value};extra`],
    ["non-numeric timestamp", `hmac;1;soon;${nodeSignature(KEY, TS, MESSAGE_BODY)}`],
    ["negative timestamp", `hmac;1;-${TS};${nodeSignature(KEY, TS, MESSAGE_BODY)}`],
    ["signature not base64", `hmac;1;${TS};not*base64!`],
    ["signature of the wrong length", `hmac;1;${TS};${Buffer.alloc(20).toString("base64")}`],
    ["empty signature", `hmac;1;${TS};`],
    ["empty item", `${value},`],
  ])("malformed header (%s) -> malformed_header", async (_, header) => {
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": header }, KEY, at), "malformed_header");
  });

  it.each([
    ["another scheme", `sha256;1;${TS};${nodeSignature(KEY, TS, MESSAGE_BODY)}`],
    ["another version", `hmac;2;${TS};${nodeSignature(KEY, TS, MESSAGE_BODY)}`],
    ["a future format", "v2=abc;t=123"],
    ["only unknown schemes", `ed25519;1;${TS};abc,hmac;3;${TS};def`],
  ])("%s -> unsupported_scheme", async (_, header) => {
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": header }, KEY, at), "unsupported_scheme");
  });

  it("an unknown scheme beside a valid hmac;1 signature is skipped, not fatal", async () => {
    await verify(MESSAGE_BODY, { "openphone-signature": `hmac;2;${TS};abc,extra==,${value}` }, KEY, at);
  });
});

describe("tampering", () => {
  const header = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };

  it("one changed body byte -> no_matching_signature", async () => {
    const bytes = Buffer.from(MESSAGE_BODY);
    for (const index of [0, bytes.indexOf("Hello"), bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] as number) ^ 0x20;
      await rejection(verify(tampered, header, KEY, at), "no_matching_signature");
    }
  });

  it("one changed signature byte -> no_matching_signature", async () => {
    for (const index of [0, 15, 31]) {
      const signature = flipSignatureByte(nodeSignature(KEY, TS, MESSAGE_BODY), index);
      const tampered = { "openphone-signature": `hmac;1;${TS};${signature}` };
      await rejection(verify(MESSAGE_BODY, tampered, KEY, at), "no_matching_signature");
    }
  });

  it("a wrong key -> no_matching_signature", async () => {
    await rejection(verify(MESSAGE_BODY, header, OTHER_KEY, at), "no_matching_signature");
  });

  it("a changed timestamp (still fresh) -> no_matching_signature: the timestamp is signed too", async () => {
    const signature = nodeSignature(KEY, TS, MESSAGE_BODY);
    const moved = { "openphone-signature": `hmac;1;${TS + 1};${signature}` };
    await rejection(verify(MESSAGE_BODY, moved, KEY, at), "no_matching_signature");
  });

  it("a JSON body re-serialized with other spacing -> no_matching_signature", async () => {
    const reserialized = JSON.stringify(JSON.parse(MESSAGE_BODY));
    expect(reserialized).not.toBe(MESSAGE_BODY);
    expect(JSON.parse(reserialized)).toEqual(JSON.parse(MESSAGE_BODY));
    await rejection(verify(reserialized, header, KEY, at), "no_matching_signature");
  });

  it("empty body: valid when signed empty, refused against another body's signature", async () => {
    await verify("", { "openphone-signature": nodeHeader(KEY, TS, "") }, KEY, at);
    await verify(new Uint8Array(0), { "openphone-signature": nodeHeader(KEY, TS, "") }, KEY, at);
    await rejection(verify("", header, KEY, at), "no_matching_signature");
    await rejection(
      verify(MESSAGE_BODY, { "openphone-signature": nodeHeader(KEY, TS, "") }, KEY, at),
      "no_matching_signature",
    );
  });

  it("a signed empty body is not an event -> InvalidWebhookPayloadError", async () => {
    const error = await unwrap("", { "openphone-signature": nodeHeader(KEY, TS, "") }, KEY, at).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidWebhookPayloadError);
  });
});

describe("timestamp tolerance", () => {
  const signedAt = (timestamp: number) => ({ "openphone-signature": nodeHeader(KEY, timestamp, MESSAGE_BODY) });

  it("defaults to 5 minutes either side of now, inclusive", async () => {
    expect(DEFAULT_TOLERANCE_MS).toBe(300_000);
    await verify(MESSAGE_BODY, signedAt(NOW - 300_000), KEY, at);
    await verify(MESSAGE_BODY, signedAt(NOW + 300_000), KEY, at);
  });

  it("stale and future timestamps -> timestamp_out_of_tolerance, with how far off in the message", async () => {
    const stale = await rejection(verify(MESSAGE_BODY, signedAt(NOW - 300_001), KEY, at), "timestamp_out_of_tolerance");
    expect(stale.message).toContain("in the past");
    const future = await rejection(
      verify(MESSAGE_BODY, signedAt(NOW + 300_001), KEY, at),
      "timestamp_out_of_tolerance",
    );
    expect(future.message).toContain("in the future");
    await rejection(verify(MESSAGE_BODY, signedAt(0), KEY, at), "timestamp_out_of_tolerance");
  });

  it("honours toleranceMs and every form of now", async () => {
    await rejection(
      verify(MESSAGE_BODY, signedAt(NOW - 2_000), KEY, { now: NOW, toleranceMs: 1_000 }),
      "timestamp_out_of_tolerance",
    );
    await verify(MESSAGE_BODY, signedAt(NOW - 2_000), KEY, { now: NOW, toleranceMs: 2_000 });
    await verify(MESSAGE_BODY, signedAt(NOW), KEY, { now: new Date(NOW) });
    await verify(MESSAGE_BODY, signedAt(NOW), KEY, { now: () => NOW });
    await verify(MESSAGE_BODY, signedAt(NOW), KEY, { now: () => new Date(NOW) });
    await verify(MESSAGE_BODY, signedAt(0), KEY, { now: NOW, toleranceMs: Number.POSITIVE_INFINITY });
  });

  it("uses the real clock by default", async () => {
    const header = { "openphone-signature": await sign(MESSAGE_BODY, KEY) };
    await verify(MESSAGE_BODY, header, KEY);
    await rejection(verify(MESSAGE_BODY, signedAt(NOW), KEY), "timestamp_out_of_tolerance");
  });

  it("a fresh bad signature beside a stale good one is still refused", async () => {
    const bad = `hmac;1;${NOW};${flipSignatureByte(nodeSignature(KEY, NOW, MESSAGE_BODY))}`;
    const header = { "openphone-signature": `${nodeHeader(KEY, NOW - 600_000, MESSAGE_BODY)},${bad}` };
    await rejection(verify(MESSAGE_BODY, header, KEY, at), "no_matching_signature");
  });
});

describe("several signatures and key rotation", () => {
  const good = nodeSignature(KEY, TS, MESSAGE_BODY);
  const bad = flipSignatureByte(good);

  it("passes when any comma-separated signature matches, in either form", async () => {
    await verify(MESSAGE_BODY, { "openphone-signature": `hmac;1;${TS};${bad},hmac;1;${TS};${good}` }, KEY, at);
    await verify(MESSAGE_BODY, { "openphone-signature": `hmac;1;${TS};${good}, hmac;1;${TS};${bad}` }, KEY, at);
    // A bare item is one more signature for the item before it.
    await verify(MESSAGE_BODY, { "openphone-signature": `hmac;1;${TS};${bad},${good}` }, KEY, at);
    await rejection(
      verify(MESSAGE_BODY, { "openphone-signature": `hmac;1;${TS};${bad},${bad}` }, KEY, at),
      "no_matching_signature",
    );
    await rejection(verify(MESSAGE_BODY, { "openphone-signature": good }, KEY, at), "malformed_header");
  });

  it("accepts a signature made with any of several keys", async () => {
    const byOther = { "openphone-signature": nodeHeader(OTHER_KEY, TS, MESSAGE_BODY) };
    const byKey = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };
    await verify(MESSAGE_BODY, byOther, [KEY, OTHER_KEY], at);
    await verify(MESSAGE_BODY, byKey, [KEY, OTHER_KEY], at);
    await verify(MESSAGE_BODY, byOther, [OTHER_KEY], at);
    const third = Buffer.alloc(32, 7).toString("base64");
    const error = await rejection(verify(MESSAGE_BODY, byKey, [third, OTHER_KEY], at), "no_matching_signature");
    expect(error.message).toContain("2 signing keys");
  });

  it("sign() with several keys gives one signature per key, each valid alone", async () => {
    const header = await sign(MESSAGE_BODY, [KEY, OTHER_KEY], { timestamp: TS });
    expect(header).toBe(`${nodeHeader(KEY, TS, MESSAGE_BODY)},${nodeHeader(OTHER_KEY, TS, MESSAGE_BODY)}`);
    await verify(MESSAGE_BODY, { "openphone-signature": header }, KEY, at);
    await verify(MESSAGE_BODY, { "openphone-signature": header }, OTHER_KEY, at);
  });

  it("accepts the key with surrounding whitespace or in base64url", async () => {
    const header = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };
    await verify(MESSAGE_BODY, header, ` ${KEY}\n`, at);
    await verify(MESSAGE_BODY, header, KEY.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""), at);
  });
});

describe("errors", () => {
  const header = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };

  it("are OpenPhoneErrors with a name, and instanceof works by brand", async () => {
    const error = await rejection(verify(MESSAGE_BODY, header, OTHER_KEY, at), "no_matching_signature");
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InvalidWebhookSignatureError");
    expect(error).not.toBeInstanceOf(InvalidWebhookPayloadError);
    expect(new Error("x")).not.toBeInstanceOf(InvalidWebhookSignatureError);
    expect(new OpenPhoneError("x")).not.toBeInstanceOf(InvalidWebhookSignatureError);
    // A copy of the class from another install is told apart by brand, not prototype.
    const foreign = Object.create(null) as object;
    Object.defineProperty(foreign, Symbol.for("openphone-sdk.error.kind"), {
      value: ["OpenPhoneError", "InvalidWebhookSignatureError"],
    });
    expect(foreign).toBeInstanceOf(InvalidWebhookSignatureError);
  });

  it("never contain the signing key, in any form", async () => {
    const hex = Buffer.from(KEY, "base64").toString("hex");
    const failures: unknown[] = [
      await verify(MESSAGE_BODY, header, OTHER_KEY, at).catch((e) => e),
      await verify(MESSAGE_BODY, {}, KEY, at).catch((e) => e),
      await verify(MESSAGE_BODY, { "openphone-signature": "garbage" }, KEY, at).catch((e) => e),
      await verify(MESSAGE_BODY, { "openphone-signature": "hmac;9;1;x" }, KEY, at).catch((e) => e),
      await verify(MESSAGE_BODY, header, KEY, { now: 0 }).catch((e) => e),
      await verify(MESSAGE_BODY, header, [OTHER_KEY, KEY.slice(0, -2)], at).catch((e) => e),
      await verify(MESSAGE_BODY, header, `${KEY}!`, at).catch((e) => e),
      await unwrap("nope", { "openphone-signature": nodeHeader(KEY, TS, "nope") }, KEY, at).catch((e) => e),
    ];
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(Error);
      const rendered = [String(failure), (failure as Error).stack, inspect(failure, { showHidden: true })];
      rendered.push(JSON.stringify(failure), JSON.stringify(Object.getOwnPropertyDescriptors(failure)));
      for (const text of rendered) {
        for (const secret of [KEY, KEY.slice(0, 16), OTHER_KEY.slice(0, 16), hex.slice(0, 16)]) {
          expect(text ?? "").not.toContain(secret);
        }
      }
    }
  });
});

describe("configuration errors are TypeErrors, not signature failures", () => {
  const header = { "openphone-signature": nodeHeader(KEY, TS, MESSAGE_BODY) };

  it.each([
    ["not base64", "not a key!"],
    ["empty", ""],
    ["an empty list", []],
    ["a list with a bad key", [KEY, "%%%"]],
  ])("signingKey %s", async (_, key) => {
    await expect(verify(MESSAGE_BODY, header, key as string[], at)).rejects.toThrow(TypeError);
    await expect(sign(MESSAGE_BODY, key as string[])).rejects.toThrow(TypeError);
  });

  it("a parsed JSON body cannot be verified", async () => {
    await expect(verify(MESSAGE_EVENT as never, header, KEY, at)).rejects.toThrow(
      /parsed JSON body cannot be verified/,
    );
  });

  it("bad options", async () => {
    await expect(verify(MESSAGE_BODY, header, KEY, { now: NOW, toleranceMs: -1 })).rejects.toThrow(TypeError);
    await expect(verify(MESSAGE_BODY, header, KEY, { now: Number.NaN })).rejects.toThrow(TypeError);
    await expect(sign(MESSAGE_BODY, KEY, { timestamp: 1.5 })).rejects.toThrow(TypeError);
  });
});

describe("payload", () => {
  const signed = (body: string | Uint8Array) => ({ "openphone-signature": nodeHeader(KEY, TS, body) });

  it.each([
    ["not JSON", "not json", /not JSON/],
    ["a JSON array", "[1,2]", /not a JSON object/],
    ["JSON null", "null", /not a JSON object/],
    ["an object without type", '{"id":"EV1"}', /no string `type`/],
    ["a numeric type", '{"type":1}', /no string `type`/],
  ])("a validly signed body that is %s -> InvalidWebhookPayloadError", async (_, body, message) => {
    const error = await unwrap(body, signed(body), KEY, at).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidWebhookPayloadError);
    expect(error).toBeInstanceOf(OpenPhoneError);
    expect((error as Error).message).toMatch(message);
  });

  it("a body that is not UTF-8 -> InvalidWebhookPayloadError", async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const error = await unwrap(bytes, signed(bytes), KEY, at).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidWebhookPayloadError);
    expect((error as Error).message).toMatch(/not UTF-8/);
  });

  it("an event of a type this SDK does not know is returned, still verified", async () => {
    const body = '{"type":"contact.updated","data":{"object":{}}}';
    const event = await unwrap(body, signed(body), KEY, at);
    expect(event.type).toBe("contact.updated");
  });

  it("the signature is checked before the payload is parsed", async () => {
    await rejection(unwrap("not json", signed("other"), KEY, at), "no_matching_signature");
  });
});
