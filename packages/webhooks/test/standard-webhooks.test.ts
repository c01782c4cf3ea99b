/**
 * The Standard Webhooks scheme (webhooks of API version 2026-03-30), checked against the reference
 * implementation, `standardwebhooks` 1.1.1 (devDependency, exact pin), and against that library's own
 * test vectors (standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts).
 */
import { randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  InvalidWebhookSignatureError,
  type InvalidWebhookSignatureReason,
  MAX_SIGNATURES,
  sign,
  signatureHeaders,
  unwrap,
  verify,
  verifyDelivery,
} from "../src/index.js";
import { KEY, MESSAGE_BODY, NOW, nodeHeader } from "./helpers.js";

// The reference suite's fixed values.
const REF_SECRET = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const REF_MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const REF_PAYLOAD = '{"test": 2432232314}';

/** A fresh whsec_ secret, as OpenPhone returns one when a webhook is created. */
const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

async function reason(promise: Promise<unknown>): Promise<InvalidWebhookSignatureReason | "resolved" | unknown> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof InvalidWebhookSignatureError ? error.reason : error;
  }
}

/** The reference library's verdict on the same request (its clock is the real one: use fake timers). */
function referenceAccepts(secret: string, body: string, headers: Record<string, string>): boolean {
  try {
    new Webhook(secret).verify(body, headers);
    return true;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return false;
    throw error;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the reference library's own test vectors", () => {
  it('"sign function works": the recorded signature, with and without the whsec_ prefix', async () => {
    const expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    for (const key of [`whsec_${REF_SECRET}`, REF_SECRET]) {
      const headers = await sign(REF_PAYLOAD, key, { scheme: "standard", id: REF_MSG_ID, timestamp: 1614265330_000 });
      expect(headers).toEqual({
        "webhook-id": REF_MSG_ID,
        "webhook-timestamp": "1614265330",
        "webhook-signature": expected,
      });
      await verify(REF_PAYLOAD, headers, key, { now: 1614265330_000 });
    }
  });

  describe("the reference's TestPayload cases", () => {
    const fresh = () => new Webhook(REF_SECRET).sign(REF_MSG_ID, new Date(NOW), REF_PAYLOAD);
    const headers = (signature = fresh()) => ({
      "webhook-id": REF_MSG_ID,
      "webhook-timestamp": String(NOW / 1000),
      "webhook-signature": signature,
    });
    const at = { now: NOW };

    it("valid signature, and the unbranded / branded key forms", async () => {
      await verify(REF_PAYLOAD, headers(), REF_SECRET, at);
      await verify(REF_PAYLOAD, headers(), `whsec_${REF_SECRET}`, at);
    });

    it("missing id, timestamp or signature -> missing_header", async () => {
      for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"] as const) {
        const partial: Record<string, string> = headers();
        delete partial[name];
        expect(await reason(verify(REF_PAYLOAD, partial, REF_SECRET, at))).toBe("missing_header");
      }
    });

    it('invalid timestamp ("hello") -> malformed_header', async () => {
      const h = { ...headers(), "webhook-timestamp": "hello" };
      expect(await reason(verify(REF_PAYLOAD, h, REF_SECRET, at))).toBe("malformed_header");
    });

    it("invalid and partial signatures are refused", async () => {
      for (const signature of ["v1,dawfeoifkpqwoekfpqoekf", fresh().slice(0, 8), "v1,"]) {
        const result = await reason(verify(REF_PAYLOAD, headers(signature), REF_SECRET, at));
        expect(["malformed_header", "no_matching_signature"], signature).toContain(result);
      }
    });

    it("old and new timestamps (tolerance + 1 s) fail", async () => {
      for (const offset of [-(300 + 1), 300 + 1]) {
        const ts = NOW + offset * 1000;
        const signature = new Webhook(REF_SECRET).sign(REF_MSG_ID, new Date(ts), REF_PAYLOAD);
        const h = { ...headers(signature), "webhook-timestamp": String(ts / 1000) };
        expect(await reason(verify(REF_PAYLOAD, h, REF_SECRET, at))).toBe("timestamp_out_of_tolerance");
      }
    });

    it('"multi sig payload is valid": the valid one among v1 decoys and a v2 entry', async () => {
      const sigs = [
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
        "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
        fresh(),
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
      ];
      await verify(REF_PAYLOAD, headers(sigs.join(" ")), REF_SECRET, at);
    });
  });
});

describe("against the reference implementation", () => {
  it("deliveries the reference library signs verify, for random keys, ids and bodies", async () => {
    for (let i = 0; i < 25; i++) {
      const secret = newSecret();
      const id = `msg_${randomBytes(8).toString("hex")}`;
      const body = JSON.stringify({ n: i, text: randomBytes(i * 7).toString("latin1") });
      const ts = NOW - i * 1000;
      const headers = {
        "webhook-id": id,
        "webhook-timestamp": String(Math.floor(ts / 1000)),
        "webhook-signature": new Webhook(secret).sign(id, new Date(ts), body),
      };
      await verify(body, headers, secret, { now: NOW });
      await verify(Buffer.from(body), new Headers(headers), secret.slice("whsec_".length), { now: NOW });
      expect(await reason(verify(`${body} `, headers, secret, { now: NOW }))).toBe("no_matching_signature");
    }
  });

  it("what sign() makes, the reference library accepts (and rejects when tampered)", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    for (let i = 0; i < 10; i++) {
      const secret = newSecret();
      const body = JSON.stringify({ i, text: "héllo 👋" });
      const headers = await sign(body, secret, { scheme: "standard" });
      expect(headers["webhook-id"]).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(referenceAccepts(secret, body, { ...headers })).toBe(true);
      expect(referenceAccepts(secret, body.replace("i", "j"), { ...headers })).toBe(false);
    }
  });

  it("agrees with the reference on the tolerance edges, in whole seconds", async () => {
    const secret = newSecret();
    const body = "{}";
    for (const offsetSeconds of [-301, -300, -299, 0, 299, 300, 301]) {
      for (const subSecond of [0, 999]) {
        const now = NOW + subSecond;
        vi.useFakeTimers({ now, toFake: ["Date"] });
        const headers = await sign(body, secret, { scheme: "standard", timestamp: NOW + offsetSeconds * 1000 });
        const ours = (await reason(verify(body, headers, secret, { now }))) === "resolved";
        expect(ours, `${offsetSeconds} s, now +${subSecond} ms`).toBe(referenceAccepts(secret, body, { ...headers }));
      }
    }
  });

  it("honours toleranceMs in the Standard scheme too, and reports the skew in seconds", async () => {
    const secret = newSecret();
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW - 90_000 });
    await verify("{}", headers, secret, { now: NOW, toleranceMs: 90_000 });
    const error = await verify("{}", headers, secret, { now: NOW, toleranceMs: 60_000 }).catch((e) => e);
    expect(error.reason).toBe("timestamp_out_of_tolerance");
    expect(error.message).toMatch(/90 s in the past, beyond the tolerance of 60 s/);
    const future = await sign("{}", secret, { scheme: "standard", timestamp: NOW + 400_000 });
    expect(await reason(verify("{}", future, secret, { now: NOW }))).toBe("timestamp_out_of_tolerance");
    await verify("{}", future, secret, { now: NOW, toleranceMs: Number.POSITIVE_INFINITY });
  });
});

describe("the scheme comes from the headers", () => {
  it("legacy and Standard deliveries pass through the same unwrap with one mixed key array", async () => {
    const secret = newSecret();
    const keys = [KEY, secret];
    const legacy = { "openphone-signature": nodeHeader(KEY, NOW, MESSAGE_BODY) };
    const standard = await sign(MESSAGE_BODY, secret, { scheme: "standard", timestamp: NOW });
    expect((await unwrap(MESSAGE_BODY, legacy, keys, { now: NOW })).type).toBe("message.received");
    expect((await unwrap(MESSAGE_BODY, standard, keys, { now: NOW })).type).toBe("message.received");
    expect(await verifyDelivery(MESSAGE_BODY, legacy, keys, { now: NOW })).toEqual({
      scheme: "legacy",
      timestamp: NOW,
      signature: legacy["openphone-signature"].split(";")[3],
    });
    expect(await verifyDelivery(MESSAGE_BODY, standard, keys, { now: NOW })).toEqual({
      scheme: "standard",
      timestamp: NOW,
      webhookId: standard["webhook-id"],
      signature: standard["webhook-signature"].slice(3),
    });
    // Either key alone verifies only what it signed.
    expect(await reason(verify(MESSAGE_BODY, standard, KEY, { now: NOW }))).toBe("no_matching_signature");
    expect(await reason(verify(MESSAGE_BODY, legacy, secret, { now: NOW }))).toBe("no_matching_signature");
  });

  it("a rotated whsec_ secret: a header signed with old and new secrets passes with either", async () => {
    const [oldSecret, newOne] = [newSecret(), newSecret()];
    const headers = await sign("{}", [oldSecret, newOne], { scheme: "standard", timestamp: NOW });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    await verify("{}", headers, oldSecret, { now: NOW });
    await verify("{}", headers, [KEY, newOne], { now: NOW });
  });

  it("any webhook-* header selects the Standard scheme: a stray legacy header does not bypass it", async () => {
    const body = MESSAGE_BODY;
    const legacyValid = nodeHeader(KEY, NOW, body);
    const h = { "openphone-signature": legacyValid, "webhook-id": "msg_1" };
    expect(await reason(verify(body, h, KEY, { now: NOW }))).toBe("missing_header");
    const error = await verify(body, {}, KEY, { now: NOW }).catch((e) => e);
    expect(error.reason).toBe("missing_header");
    expect(error.message).toMatch(/openphone-signature.*webhook-signature/);
  });

  it("signatureHeaders gives the request headers of either scheme", async () => {
    const secret = newSecret();
    expect(Object.keys(await signatureHeaders("{}", KEY))).toEqual(["openphone-signature"]);
    const standard = await signatureHeaders("{}", secret, { scheme: "standard", id: "msg_x", timestamp: NOW });
    expect(Object.keys(standard).sort()).toEqual(["webhook-id", "webhook-signature", "webhook-timestamp"]);
    await verify("{}", standard, secret, { now: NOW });
  });
});

describe("hostile Standard Webhooks headers", () => {
  const secret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
  const at = { now: NOW };

  it.each([
    ["a non-numeric timestamp", { "webhook-timestamp": "soon" }],
    ["a negative timestamp", { "webhook-timestamp": "-1" }],
    ["a timestamp in ms", { "webhook-timestamp": String(NOW * 1000) }],
    ["a signature without version", { "webhook-signature": "abc" }],
    ["a v1 signature that is not base64", { "webhook-signature": "v1,not*base64!" }],
    ["a v1 signature of the wrong length", { "webhook-signature": `v1,${Buffer.alloc(20).toString("base64")}` }],
    ["an over-long id", { "webhook-id": "m".repeat(257) }],
    ["a repeated id", { "webhook-id": ["msg_1", "msg_2"] }],
  ])("%s -> malformed_header", async (_, override) => {
    const headers = { ...(await sign("{}", secret, { scheme: "standard", id: "msg_1", timestamp: NOW })), ...override };
    expect(await reason(verify("{}", headers, secret, at))).toBe("malformed_header");
  });

  it("only unknown versions (v1a, v2) -> unsupported_scheme", async () => {
    const headers = {
      ...(await sign("{}", secret, { scheme: "standard", timestamp: NOW })),
      "webhook-signature": "v1a,abc v2,def",
    };
    expect(await reason(verify("{}", headers, secret, at))).toBe("unsupported_scheme");
  });

  it("repeated webhook-signature headers join with spaces", async () => {
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW });
    const decoy = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
    await verify("{}", { ...headers, "webhook-signature": [decoy, headers["webhook-signature"]] }, secret, at);
  });

  it(`a ${MAX_SIGNATURES * 10}-entry header is refused before any HMAC is computed`, async () => {
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW });
    const decoy = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
    const hmacs = vi.spyOn(globalThis.crypto.subtle, "sign");
    const huge = `${Array(199).fill(decoy).join(" ")} ${headers["webhook-signature"]}`;
    const error = await verify("{}", { ...headers, "webhook-signature": huge }, secret, at).catch((e) => e);
    expect(error.reason).toBe("malformed_header");
    expect(error.message).toMatch(/has 200 signatures; at most 20/);
    expect(hmacs).not.toHaveBeenCalled();
  });

  it(`${MAX_SIGNATURES} entries cost one HMAC per key, not one per entry`, async () => {
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW });
    const decoy = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
    const hmacs = vi.spyOn(globalThis.crypto.subtle, "sign");
    const many = Array(MAX_SIGNATURES).fill(decoy).join(" ");
    expect(await reason(verify("{}", { ...headers, "webhook-signature": many }, [secret, KEY], at))).toBe(
      "no_matching_signature",
    );
    expect(hmacs).toHaveBeenCalledTimes(2);
  });

  it("a huge webhook-signature of spaces or one giant token ends quickly in a typed error", async () => {
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW });
    for (const signature of [`v1,${"A".repeat(1_000_000)}`, `${" ".repeat(1_000_000)}v1`, "v1,,".repeat(100_000)]) {
      const result = await reason(verify("{}", { ...headers, "webhook-signature": signature }, secret, at));
      expect(["malformed_header", "unsupported_scheme"]).toContain(result);
    }
  });

  it("errors never contain the whsec_ secret or its bytes", async () => {
    const headers = await sign("{}", secret, { scheme: "standard", timestamp: NOW });
    const errors = [
      await verify("{}", headers, newSecret(), at).catch((e) => e),
      await verify("{}", headers, "whsec_%%%", at).catch((e) => e),
      await verify("{}", headers, [secret, "whsec_"], at).catch((e) => e),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const printed = `${error.message}\n${error.stack}\n${inspect(error)}\n${JSON.stringify(error)}`;
      expect(printed).not.toContain(secret.slice(6, 20));
    }
    expect(errors[1]).toBeInstanceOf(TypeError);
    expect(errors[2]).toBeInstanceOf(TypeError);
  });
});

describe("legacy header cap", () => {
  it(`a ${MAX_SIGNATURES * 10}-entry openphone-signature header is refused before any HMAC`, async () => {
    const valid = nodeHeader(KEY, NOW, MESSAGE_BODY);
    const hmacs = vi.spyOn(globalThis.crypto.subtle, "sign");
    const huge = [...Array(199).fill(`hmac;1;${NOW};${Buffer.alloc(32).toString("base64")}`), valid].join(",");
    const error = await verify(MESSAGE_BODY, { "openphone-signature": huge }, KEY, { now: NOW }).catch((e) => e);
    expect(error.reason).toBe("malformed_header");
    expect(error.message).toMatch(/has 200 signatures/);
    expect(hmacs).not.toHaveBeenCalled();
  });

  it("entries sharing a timestamp cost one HMAC per key, and the valid one among them still passes", async () => {
    const valid = nodeHeader(KEY, NOW, MESSAGE_BODY);
    const hmacs = vi.spyOn(globalThis.crypto.subtle, "sign");
    const header = [...Array(MAX_SIGNATURES - 1).fill(`hmac;1;${NOW};${Buffer.alloc(32).toString("base64")}`), valid];
    await verify(MESSAGE_BODY, { "openphone-signature": header.join(",") }, KEY, { now: NOW });
    expect(hmacs).toHaveBeenCalledTimes(1);
  });
});
