import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The lint rule that keeps stepping in src/engine: a module outside it that follows links or picks
// checklist routes itself fails `npm run lint` (and so `npm test`).
describe("one stepper (lint)", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: `${ROOT}/${file}` }))[0]!.messages.map((m) => m.ruleId);

  it("refuses a walk of its own outside the engine", async () => {
    const code =
      'import { linkTarget } from "../engine/engine.js";\nimport { checklistEdgeIndex } from "../engine/transitions.js";\nexport const x = [linkTarget, checklistEdgeIndex];\n';
    expect(await lint("src/analysis/my-walk.ts", code)).toEqual(["no-restricted-imports", "no-restricted-imports"]);
  });

  it("lets the engine itself, and modules that call enter/advance, be", async () => {
    expect(
      await lint("src/engine/other.ts", 'import { linkTarget } from "./engine.js";\nexport const x = linkTarget;\n'),
    ).toEqual([]);
    expect(
      await lint(
        "src/analysis/my-walk.ts",
        'import { advance, enter } from "../engine/engine.js";\nexport const x = [advance, enter];\n',
      ),
    ).toEqual([]);
  });

  it("still refuses network modules everywhere", async () => {
    expect(await lint("src/analysis/my-walk.ts", 'import "node:http";\n')).toEqual(["no-restricted-imports"]);
  });
});
