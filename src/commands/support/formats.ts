// The formats of `validate --format` and `graph --format`, once: the command table (commands/index.ts) parses
// the option with them, and the commands read them. Light on purpose: the table is loaded at every start.

export const VALIDATE_FORMATS = ["stylish", "json", "sarif", "junit", "github"] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const GRAPH_FORMATS = ["mermaid", "dot"] as const;
