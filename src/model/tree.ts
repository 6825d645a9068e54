import type { Text } from "./text.js";
import type { Urgency } from "./urgency.js";

/** Source of a fact: every fact in the YAML points to one of these by id. */
export interface Source {
  readonly id: string;
  readonly url: string;
  readonly title?: string;
}

/** One piece of advice: a contact, how urgent, and why. */
export interface AdviceItem {
  readonly contact: string;
  readonly urgency: Urgency;
  readonly why: Text;
}

interface NodeBase {
  readonly id: string;
  /** Where the user is, e.g. "Meldcode, stap 2 van 5". */
  readonly progress?: Text;
  readonly sources?: readonly string[];
}

export interface Answer {
  readonly id: string;
  readonly label: Text;
  readonly next: string;
  /** Advice collected when this answer is given. */
  readonly advice?: readonly AdviceItem[];
  /** On an acute-danger question: this answer means danger is present. */
  readonly acute?: boolean;
}

/** The "weet ik niet" answer; its id in answer files is always `unknown`. */
export interface UnknownAnswer {
  readonly label?: Text;
  readonly next: string;
  readonly advice?: readonly AdviceItem[];
  /** Written reason why this route may be less cautious than a known answer. */
  readonly justification?: Text;
}

export const UNKNOWN_ID = "unknown";

export interface QuestionNode extends NodeBase {
  readonly kind: "question";
  readonly text: Text;
  readonly help?: Text;
  /** Marks the question that asks about acute danger (urgency-first rule). */
  readonly asks?: "acute-danger";
  readonly answers: readonly Answer[];
  readonly unknown?: UnknownAnswer;
  /** Free-text questions are not supported by the engine; the privacy rule still reads this. */
}

export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly category?: Text;
}

/** A checklist route fires when its condition holds; the first match wins. */
export interface ChecklistRoute {
  /** At least one of these items is ticked. */
  readonly anyOf?: readonly string[];
  /** At least this many of `of` (or of all items) are ticked. */
  readonly atLeast?: number;
  readonly of?: readonly string[];
  readonly next: string;
  readonly advice?: readonly AdviceItem[];
}

export interface ChecklistNode extends NodeBase {
  readonly kind: "checklist";
  readonly text: Text;
  readonly help?: Text;
  readonly items: readonly ChecklistItem[];
  readonly routes: readonly ChecklistRoute[];
  /** Where to go when no route matches (nothing, or too little, ticked). */
  readonly otherwise: { readonly next: string; readonly advice?: readonly AdviceItem[] };
  readonly unknown?: UnknownAnswer;
}

export interface InfoNode extends NodeBase {
  readonly kind: "info";
  readonly title?: Text;
  readonly text: Text;
  readonly advice?: readonly AdviceItem[];
  readonly next: string;
}

/** Continues in another tree (a jump, not a call: it does not return). */
export interface LinkNode extends NodeBase {
  readonly kind: "link";
  readonly tree: string;
  /** Node in that tree; defaults to its entry. */
  readonly node?: string;
}

export interface OutcomeNode extends NodeBase {
  readonly kind: "outcome";
  readonly title: Text;
  readonly text?: Text;
  readonly urgency: Urgency;
  readonly advice: readonly AdviceItem[];
  /** What to do now. */
  readonly actions?: readonly Text[];
  /** What to record in the dossier. */
  readonly record?: readonly Text[];
}

export type TreeNode = QuestionNode | ChecklistNode | InfoNode | LinkNode | OutcomeNode;
export type NodeKind = TreeNode["kind"];

/** Nodes that wait for the user. */
export type AskingNode = QuestionNode | ChecklistNode | InfoNode;

export interface Invariant {
  readonly id: string;
  readonly description: Text;
  readonly when: PathCondition;
  readonly require: PathCondition;
  readonly unless?: PathCondition;
}

/** A condition over a whole path from the consult's start to an outcome. */
export type PathCondition =
  | { readonly visits: string }
  | { readonly answered: { readonly node: string; readonly answer: string } }
  | { readonly advises: string }
  | { readonly reachesUrgency: Urgency }
  | { readonly anyOf: readonly PathCondition[] }
  | { readonly allOf: readonly PathCondition[] }
  | { readonly not: PathCondition };

export interface Tree {
  readonly id: string;
  readonly version: string;
  readonly title: Text;
  readonly description?: Text;
  /** The tree a consult starts in. Exactly one tree in a set is main. */
  readonly main?: boolean;
  readonly sources: readonly Source[];
  readonly entry: string;
  readonly nodes: Readonly<Record<string, TreeNode>>;
  readonly invariants?: readonly Invariant[];
}
