// Types for gen-trees.mjs, so the TypeScript scale test can import it.
export interface SourceText {
  readonly file: string;
  readonly text: string;
}
export interface Generated {
  readonly trees: readonly SourceText[];
  readonly contacts: SourceText;
  /** Nodes actually generated. */
  readonly nodes: number;
}
export function genLargeTree(nodes: number, perFile?: number): Generated;
export function genChain(length?: number): Generated & { readonly mid: number; readonly late: number };
