import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { step, start } from "../../src/engine/engine.js";
import { visible } from "../../src/model/text.js";
import { runAnswers } from "../../src/consult/answers-file.js";
import { FIXTURES, loadSet } from "../helpers.js";

// Values from a user's file are echoed in messages; a terminal must never receive their control characters.
describe("echoed values cannot drive the terminal", () => {
  it("visible() shows control characters and bidi overrides as \\u{..}", () => {
    expect(visible("a\u001b[2Jb")).toBe("a\\u{1b}[2Jb");
    expect(visible("x\u202ey\u0007")).toBe("x\\u{202e}y\\u{7}");
    expect(visible("gewoon, ook é en 漢")).toBe("gewoon, ook é en 漢");
  });

  it("an answer with an escape sequence is reported without the raw ESC", () => {
    const set = loadSet(join(FIXTURES, "trees/valid/memory"));
    const r = step(set, start(set), "\u001b]52;c;aGk=\u0007");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([...r.error.message.en].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
    expect(r.error.message.en).toContain("'\\u{1b}]52;c;aGk=\\u{7}' is not an answer");
    const run = runAnswers(set, start(set), new Map([["\u001b[2Jgevaar", "ja"]]), () => undefined);
    expect(run.diagnostics.map((d) => d.message.en).join("\n")).not.toContain("\u001b");
  });
});
