import { toNodeMiddleware } from "@openphone-sdk/webhooks";
import express from "express";
import { router } from "./router.js";

const app = express();
app.post("/webhooks/openphone", toNodeMiddleware(router));
app.use(express.json()); // the rest of your app
app.listen(3000);
