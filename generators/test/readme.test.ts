import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/config.js";
import { generateFromFile } from "../src/generate.js";
import { REPO_SPEC, testConfig } from "./helpers.js";

const result = await generateFromFile(REPO_SPEC, testConfig(), REPO_ROOT);
const readmes = new Map(result.files.filter((f) => f.path.endsWith("/README.md")).map((f) => [f.path, f.content]));
const readme = (dir: string) => readmes.get(`packages/${dir}/README.md`) ?? "";

describe("generated package READMEs", () => {
  it("a single-item list reads as exactly one item (sendMessage `to`)", () => {
    expect(readme("messages")).toContain(
      "| `to` | body | yes | A list of exactly one item: a phone number in E.164 format, including the country code. |",
    );
    expect(readme("messages")).not.toContain("Each item:");
  });

  it("uses the right article, and lists an object's keys (`defaultFields`)", () => {
    for (const [path, text] of readmes) {
      expect(text, path).not.toMatch(/\ba (object|array|integer)\b/);
    }
    expect(readme("contacts")).toContain(
      "| `defaultFields` | body | yes | An object with `company`, `emails`, `firstName`",
    );
  });

  it("continues a sentence in lower case (`Either …, or a phone number`)", () => {
    expect(readme("messages")).toContain("Either a string matching `^PN(.*)$`, or a phone number in E.164 format");
  });

  it("shows paginate for every operation that takes pageToken, and explains pageToken", () => {
    expect(readme("messages")).toContain("for await (const item of paginate(listMessages, client,");
    expect(readme("messages")).toContain("| `pageToken` | query | no | The `nextPageToken` of the previous page");
    expect(readme("phone-numbers")).not.toContain("paginate(");
  });

  it("links with absolute URLs, which work on the npm page too", () => {
    for (const [path, text] of readmes) {
      expect(text, path).not.toMatch(/\]\((?!https?:|#)/);
    }
  });
});
