import { m, type MessageKey } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";

/**
 * The record's free fields ("uw kenmerk", "uw functie") are for the
 * professional's own reference and role, never for who the child is. Text that
 * looks like a BSN, a date (of birth), an e-mail address or a postcode with a
 * house number is refused, with the reason, before it reaches a record.
 */
export type IdentifyingKind = "bsn" | "date" | "email" | "postcode" | "control" | "tooLong";

/** The message that says why a text of each kind is refused (one table for the consult, its flags and the web page). */
const REFUSAL: Record<IdentifyingKind, MessageKey> = {
  bsn: "identBsn",
  date: "identDate",
  email: "identEmail",
  postcode: "identPostcode",
  control: "identControl",
  tooLong: "identTooLong",
};

/** Why a text of this kind cannot go into a record, in the user's language. */
export function refusalText(kind: IdentifyingKind, lang: Lang): string {
  return m(REFUSAL[kind], lang);
}

/** Why this text cannot go into a record, in the user's language; undefined when it can. */
export function refusalOf(text: string, lang: Lang): string | undefined {
  const kind = identifyingKind(text);
  return kind === undefined ? undefined : refusalText(kind, lang);
}

/** The longest reference or role a record holds (the schema says the same). */
export const MAX_FIELD_LENGTH = 80;

/** The first reason this text cannot go into a record, or undefined when it can. */
export function identifyingKind(text: string): IdentifyingKind | undefined {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(text)) return "control";
  if ([...text].length > MAX_FIELD_LENGTH) return "tooLong";
  if (looksLikeBsn(text)) return "bsn";
  if (looksLikeDate(text)) return "date";
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/u.test(text)) return "email";
  if (looksLikePostcodeAndNumber(text)) return "postcode";
  return undefined;
}

/** The 11-proef of a 9-digit BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Nine digits that pass the 11-proef, written together ("123456782") or in
 * groups ("1234.56.782", "123 456 782"). Each run of digits is tried alone and
 * together with the runs it is grouped with.
 */
function looksLikeBsn(text: string): boolean {
  for (const chain of text.match(/\d+(?:[ .-]\d+)*/g) ?? []) {
    const runs = chain.split(/[ .-]/);
    if (runs.some((r) => passesElevenTest(r))) return true;
    // Any consecutive groups that together make nine digits.
    for (let i = 0; i < runs.length; i++) {
      let joined = "";
      for (let j = i; j < runs.length && joined.length < 9; j++) {
        joined += runs[j];
        if (j > i && passesElevenTest(joined)) return true;
      }
    }
  }
  return false;
}

const MONTHS =
  "jan|januari|january|feb|febr|februari|february|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|sep|sept|september|okt|oktober|oct|october|nov|november|dec|december";

/** A full date: day, month and year ("3-4-2015", "2015-04-03", "3 april 2015"). A year alone is fine. */
function looksLikeDate(text: string): boolean {
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\b/.exec(text);
  if (
    numeric &&
    Number(numeric[1]) >= 1 &&
    Number(numeric[1]) <= 31 &&
    Number(numeric[2]) >= 1 &&
    Number(numeric[2]) <= 12
  )
    return true;
  const iso = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) return true;
  return new RegExp(`\\b\\d{1,2}\\s*(?:${MONTHS})\\.?\\s*(?:'?\\d{2}|\\d{4})\\b`, "iu").test(text);
}

/** A Dutch postcode ("1234 AB") with a house number anywhere beside it. */
function looksLikePostcodeAndNumber(text: string): boolean {
  // Postcode letters never use F, I, O, Q, U or Y.
  const postcode = /\b[1-9]\d{3}\s?[a-ehj-npr-tv-z]{2}\b/i.exec(text);
  if (!postcode) return false;
  const rest = text.slice(0, postcode.index) + " " + text.slice(postcode.index + postcode[0].length);
  return /\d/.test(rest);
}
