import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../src/json-position.js";
import { parseJson, SpecError } from "../src/load.js";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": }', 6],
    ['{"a": tru}', 9],
    ['{"a": 1,}', 8],
    ['{"a": 1', 7],
    ["", 0],
    ['{"a": "x\ny"}', 8],
    ['{"a": "\\q"}', 8],
    ["[1 2]", 3],
    ['{"a": 1} x', 9],
    ["[-]", 1],
  ])("%j fails at %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("finds nothing wrong in valid JSON", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', " [] ", '"x"']) {
      expect(JSON.parse(text)).toBeDefined();
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });
});

describe("parseJson", () => {
  it("gives line and column even when V8's message has no position", () => {
    const text = '{\n  "openapi": "3.1.0",\n  "info": }\n';
    try {
      parseJson(text, "new.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).problems[0]?.at).toBe("line 3, column 11");
    }
  });
});
