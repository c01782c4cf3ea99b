import { toFetchHandler } from "@openphone-sdk/webhooks";
import { router } from "./router.js";

const handle = toFetchHandler(router);

export default { fetch: handle }; // Cloudflare Workers, Bun
// Deno.serve(handle);            // Deno
// export const POST = handle;    // Next.js route handler (app/webhooks/openphone/route.ts)
