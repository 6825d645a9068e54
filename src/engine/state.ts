/**
 * A consult's state is plain JSON: where it started and the answers given.
 * Everything else (the current question, the advice so far) is derived from
 * it by replaying the answers, so a saved draft can never disagree with itself.
 */
export type AnswerValue = string | readonly string[];

export interface HistoryEntry {
  readonly node: string;
  readonly answer: AnswerValue;
}

export interface ConsultState {
  readonly start: string;
  readonly history: readonly HistoryEntry[];
  /**
   * Answers given earlier to questions the user went back past. Offered as the
   * default when the consult reaches that question again, so going back to
   * change one answer does not throw away the rest.
   */
  readonly remembered: Readonly<Record<string, AnswerValue>>;
}
