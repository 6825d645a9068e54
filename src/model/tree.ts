import type { Text } from "./text.js";
import type { Urgency } from "./urgency.js";

/** Source of a fact: every fact in the YAML points to one of these by id. */
export interface Source {
  readonly id: string;
  readonly url: string;
  readonly title?: string;
}

/**
 * A test on the facts of a consult: a fact id, or a combination. Facts only
 * ever switch on, so a test that holds on arrival keeps holding unless it
 * uses `not`.
 */
export type FactTest =
  | string
  | { readonly anyOf: readonly FactTest[] }
  | { readonly allOf: readonly FactTest[] }
  | { readonly not: FactTest };

/** A test at the end of a consult: facts, or whether a contact is in the final advice. */
export type EndTest =
  | string
  | { readonly advised: string }
  | { readonly anyOf: readonly EndTest[] }
  | { readonly allOf: readonly EndTest[] }
  | { readonly not: EndTest };

/** Given only when `when` holds (default: always) and `unless` does not. */
export interface Guarded<T = FactTest> {
  readonly when?: T;
  readonly unless?: T;
}

/** One piece of advice: a contact, how urgent, and why. */
export interface AdviceItem extends Guarded {
  readonly contact: string;
  readonly urgency: Urgency;
  readonly why: Text;
}

/** A declared fact: something said earlier that later routes may read. */
export interface FactDecl {
  readonly id: string;
  readonly description: Text;
}

interface NodeBase {
  readonly id: string;
  /** Where the user is, e.g. "Meldcode, stap 2 van 5". */
  readonly progress?: Text;
  readonly sources?: readonly string[];
  /** Facts that become true when the consult reaches this node. */
  readonly sets?: readonly string[];
}

export interface Answer {
  readonly id: string;
  readonly label: Text;
  readonly next: string;
  /** Advice collected when this answer is given. */
  readonly advice?: readonly AdviceItem[];
  /** On an acute-danger question: this answer means danger is present. */
  readonly acute?: boolean;
  readonly sets?: readonly string[];
}

/** The "weet ik niet" answer; its id in answer files is always `unknown`. */
export interface UnknownAnswer {
  readonly label?: Text;
  readonly next: string;
  readonly advice?: readonly AdviceItem[];
  /** Written reason why this route may be less cautious than a known answer. */
  readonly justification?: Text;
  readonly sets?: readonly string[];
  /** The answers "weet ik niet" stands for (default: all of them). */
  readonly standsFor?: readonly string[];
}

/** When the test holds, the question is not asked: `answer` is taken as given, and the consult says `because`. */
export interface ImpliedCase extends Guarded {
  readonly when: FactTest;
  readonly answer: string;
  readonly because: Text;
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
  readonly implied?: readonly ImpliedCase[];
  /** Free-text questions are not supported by the engine; the privacy rule still reads this. */
}

export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly category?: Text;
  /** Ticking this item means danger is present: urgency-first treats it like an acute answer. */
  readonly acute?: boolean;
  /** Facts that become true when this item is ticked. */
  readonly sets?: readonly string[];
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
  readonly sets?: readonly string[];
}

export interface ChecklistNode extends NodeBase {
  readonly kind: "checklist";
  readonly text: Text;
  readonly help?: Text;
  readonly items: readonly ChecklistItem[];
  readonly routes: readonly ChecklistRoute[];
  /** Where to go when no route matches (nothing, or too little, ticked). */
  readonly otherwise: {
    readonly next: string;
    readonly advice?: readonly AdviceItem[];
    readonly sets?: readonly string[];
  };
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

/** Routes on the facts without asking: the first case that holds, else `otherwise`. */
export interface BranchCase extends Guarded {
  readonly when: FactTest;
  readonly next: string;
}

export interface BranchNode extends NodeBase {
  readonly kind: "branch";
  readonly cases: readonly BranchCase[];
  readonly otherwise: string;
}

/** A line of an outcome's actions or record: plain, or shown only when its test holds at the end. */
export type GuardedText = Text | ({ readonly text: Text } & Guarded<EndTest>);

/** The text of a guarded line, whatever its test. */
export function lineText(g: GuardedText): Text {
  return "text" in g ? g.text : g;
}

export interface OutcomeNode extends NodeBase {
  readonly kind: "outcome";
  readonly title: Text;
  readonly text?: Text;
  readonly urgency: Urgency;
  readonly advice: readonly AdviceItem[];
  /** What to do now (after the advised contacts' own action lines). */
  readonly actions?: readonly GuardedText[];
  /** What to record in the dossier. */
  readonly record?: readonly GuardedText[];
  /** Ends the case without a report. */
  readonly closes?: boolean;
}

/** Where one answer of the danger form leads: the tree gives only this; the answer and its text come from the tool. */
export interface DangerRoute {
  readonly next: string;
  readonly advice?: readonly AdviceItem[];
  readonly sets?: readonly string[];
}

/**
 * The acute-danger question as the format defines it (`kind: danger` in a tree file). Its question,
 * help, answer ids and labels come from the tool (src/model/danger-form.ts), so a tree cannot swap the
 * labels or add an answer that means danger without being acute; the tree gives only where "ja",
 * "nee" and "weet ik niet" lead. The loader expands it into an ordinary question with
 * `asks: acute-danger` and `acute: true` on "ja", so the engine never sees this kind.
 */
export interface DangerNode extends NodeBase {
  readonly kind: "danger";
  readonly ja: DangerRoute;
  readonly nee: DangerRoute;
  readonly unknown: DangerRoute;
}

export type TreeNode = QuestionNode | ChecklistNode | InfoNode | LinkNode | BranchNode | OutcomeNode;
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
  | { readonly advises: string; readonly urgency?: Urgency }
  | { readonly reachesUrgency: Urgency }
  | { readonly fact: string }
  | { readonly closes: true }
  | { readonly first: string }
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
  readonly facts?: readonly FactDecl[];
}
