import { type WebhookDeliveryStore, WebhookRouter } from "@openphone-sdk/webhooks";

/** The two commands used, as ioredis and node-redis both offer them. */
interface Redis {
  exists(key: string): Promise<number>;
  set(key: string, value: string, mode: "PX", ttlMs: number): Promise<unknown>;
}

export function sharedRouter(redis: Redis) {
  const deliveryStore: WebhookDeliveryStore = {
    has: async (key) => (await redis.exists(`openphone:delivery:${key}`)) === 1,
    add: async (key, ttlMs) => {
      await redis.set(`openphone:delivery:${key}`, "1", "PX", ttlMs);
    },
  };
  return new WebhookRouter({ signingKey: process.env.QUO_WEBHOOK_SECRET ?? "", deliveryStore });
}
