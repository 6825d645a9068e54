import { describe, expectTypeOf, it } from "vitest";
import type { ArgsOf, OptionsOf } from "../../src/commands/index.js";

// The types the command table gives a command's options and arguments, read from the flags Commander is given
// (checked by tsc, which npm test runs; vitest runs these as empty tests).
describe("option and argument types from the command table's specs", () => {
  it("reads the key and the value from the flags", () => {
    type O = OptionsOf<
      [
        { flags: "--json"; help: "optJson" },
        { flags: "--save-scenario <file>"; help: "optConsultSaveScenario" },
        { flags: "--resume [id]"; help: "optConsultResume" },
        { flags: "--trees <path...>"; help: "optTrees" },
        {
          flags: "--max-contact-age <months>";
          help: "optValidateMaxContactAge";
          parse: (v: string) => number;
          default: 12;
        },
        { flags: "--out <dir>"; help: "optWebOut"; required: true },
      ]
    >;
    expectTypeOf<O>().toEqualTypeOf<{
      readonly maxContactAge: number;
      readonly out: string;
      readonly json?: true;
      readonly saveScenario?: string;
      readonly resume?: string | true;
      readonly trees?: string[];
    }>();
  });

  it("reads the arguments from their names", () => {
    type A = ArgsOf<
      [
        { name: "<old>"; help: "argDiffOld" },
        { name: "[tree]"; help: "argGraphTree" },
        { name: "[paths...]"; help: "argValidatePaths" },
      ]
    >;
    expectTypeOf<A>().toEqualTypeOf<readonly [string, string | undefined, string[]]>();
  });
});
