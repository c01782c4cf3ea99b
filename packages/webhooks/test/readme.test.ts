/**
 * The README's "Receiving webhooks" code blocks are the files in readme-examples/, which `pnpm typecheck`
 * compiles against the package's types: an example that stops compiling fails the build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const here = (path: string) => new URL(path, import.meta.url);
const section = readFileSync(here("../receiving-webhooks.md"), "utf8");
const readme = readFileSync(here("../README.md"), "utf8");
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const examples = readdirSync(here("./readme-examples/")).map((name) => ({
  name,
  code: readFileSync(here(`./readme-examples/${name}`), "utf8"),
}));

describe("README examples", () => {
  it("each code block is one type-checked example file, and every example is shown", () => {
    expect(blocks.length).toBe(examples.length);
    for (const example of examples) expect(blocks, example.name).toContain(example.code);
  });

  it("the generated README carries the section, with the generated event table", () => {
    expect(readme).toContain("## Receiving webhooks");
    expect(readme).toContain(blocks[0]);
    expect(readme).toMatch(
      /\| `message\.received` \| `MessageReceivedEvent` \| `v2`, `v3` \| `MessageReceivedEventV3` \| `data\.object`: `MessageV3` \|/,
    );
    expect(readme).not.toContain("<!-- webhook-event-types -->");
  });
});
