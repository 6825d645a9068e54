import type { Urgency } from "../model/urgency.js";
import type { Lang } from "../model/text.js";

/** A consult's record (schemas/record.schema.json). No field can hold a child's name, address or BSN. */
export interface ConsultRecord {
  /** Records are written as format 3; formats 1 and 2 are still read (replayed). */
  readonly format: "signaalroute-record/1" | "signaalroute-record/2" | "signaalroute-record/3";
  readonly createdAt: string;
  readonly lang: Lang;
  readonly tool?: string;
  /** The node the consult started at (format 3); older records started at the main tree's entry. */
  readonly start?: string;
  /** A practice consult: started with `--start` somewhere other than the main tree's entry, so the danger question may have been skipped. */
  readonly practice?: true;
  /** The user's own reference (e.g. a case number of their organisation); never a name, date of birth, BSN, e-mail or address. */
  readonly reference?: string;
  /** The user's role (e.g. "leerkracht"). */
  readonly role?: string;
  readonly treeSet: {
    readonly hash: string;
    readonly region?: string;
    readonly trees: readonly { readonly id: string; readonly version: string }[];
  };
  readonly steps: readonly RecordStep[];
  /** `urgency` is the most urgent level of the whole advice; `ownUrgency` the outcome's own; `text` the outcome's own text. */
  readonly outcome: {
    readonly node: string;
    readonly title: string;
    readonly text?: string;
    readonly urgency: Urgency;
    readonly ownUrgency: Urgency;
    readonly closes?: boolean;
  };
  /** The facts that held at the end, in words. */
  readonly facts: readonly { readonly id: string; readonly description: string }[];
  readonly advice: readonly RecordAdvice[];
  readonly actions: readonly string[];
  readonly record: readonly string[];
}

export interface RecordStep {
  readonly tree: string;
  readonly node: string;
  readonly question: string;
  readonly answer: string | readonly string[];
  readonly answerText: string;
  /** Present when the question was not asked: why its answer follows from earlier answers. */
  readonly implied?: string;
}

export interface RecordAdvice {
  readonly contact: string;
  readonly name: string;
  readonly phone?: string;
  readonly web?: string;
  readonly hours?: string;
  /** What the organisation does, and how to reach it when there is no number. */
  readonly does: string;
  readonly urgency: Urgency;
  readonly why: readonly string[];
  /** "Check the current details at ..." for details no source confirms. */
  readonly check?: string;
}
