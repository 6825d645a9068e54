import type { Lang, Text } from "../model/text.js";

/** Fixed texts of the interface, in Dutch and English. Tree content carries its own texts. */
export const MESSAGES = {
  opening: {
    nl: "Bij direct gevaar: bel 112. Dit hulpmiddel ondersteunt u bij de meldcode; het vervangt de meldcode en uw professionele oordeel niet.",
    en: "In direct danger: call 112. This tool supports you with the reporting code (meldcode); it does not replace the meldcode or your professional judgement.",
  },
  noPersonalData: {
    nl: "U hoeft geen naam, adres of BSN van het kind in te vullen. Dit hulpmiddel vraagt daar nooit om.",
    en: "You do not need to enter the child's name, address or BSN. This tool never asks for them.",
  },
  unknown: { nl: "Weet ik niet", en: "I don't know" },
  help: { nl: "? Uitleg bij deze vraag", en: "? Help for this question" },
  back: { nl: "← Terug naar de vorige vraag", en: "← Back to the previous question" },
  quit: { nl: "Stoppen (uw antwoorden blijven bewaard)", en: "Stop (your answers are kept)" },
  continue: { nl: "Verder", en: "Continue" },
  whenReady: { nl: "Verder als u klaar bent met lezen", en: "Continue when you have read this" },
  noHelp: { nl: "Bij deze vraag is geen extra uitleg.", en: "There is no extra help for this question." },
  checklistHint: {
    nl: "Vink aan wat u zag of hoorde. Niets aanvinken is ook een antwoord.",
    en: "Tick what you saw or heard. Ticking nothing is an answer too.",
  },
  checklistExtras: { nl: "Of kies", en: "Or choose" },
  resumed: { nl: "Uw eerdere consult gaat verder waar het stopte.", en: "Your earlier consult continues where it stopped." },
  draftFound: {
    nl: "Er staat een onderbroken consult klaar. Start met 'signaalroute consult --resume' om verder te gaan, of met --new om opnieuw te beginnen.",
    en: "An interrupted consult is waiting. Run 'signaalroute consult --resume' to continue it, or --new to start again.",
  },
  noDraft: { nl: "Er is geen onderbroken consult om verder te gaan.", en: "There is no interrupted consult to resume." },
  stopped: {
    nl: "Gestopt. Uw antwoorden zijn bewaard; ga verder met: signaalroute consult --resume",
    en: "Stopped. Your answers are kept; continue with: signaalroute consult --resume",
  },
  noTerminal: {
    nl: "Geen terminal: een consult stelt vragen en heeft een terminal nodig. Gebruik --answers BESTAND om zonder terminal te werken.",
    en: "No terminal: a consult asks questions and needs a terminal. Use --answers FILE to run without one.",
  },
  exampleRegion: {
    nl: "Let op: dit is een VOORBEELD-regiobestand met verzonnen gegevens. Gebruik het niet voor een echt kind.",
    en: "Note: this is an EXAMPLE region file with made-up details. Do not use it for a real child.",
  },
  adviceTitle: { nl: "Advies", en: "Advice" },
  doNow: { nl: "Wat u nu doet", en: "What to do now" },
  toRecord: { nl: "Wat u vastlegt in het dossier", en: "What to record in the file" },
  why: { nl: "Waarom", en: "Why" },
  phone: { nl: "Telefoon", en: "Phone" },
  web: { nl: "Website", en: "Website" },
  hours: { nl: "Bereikbaar", en: "Available" },
  anonymous: { nl: "Anoniem mogelijk", en: "Can be anonymous" },
  checkCurrent: { nl: "Controleer de actuele gegevens op", en: "Check the current details at" },
  internalContact: { nl: "binnen uw eigen organisatie", en: "within your own organisation" },
  saveRecord: { nl: "Wilt u een verslag van dit consult opslaan?", en: "Do you want to save a record of this consult?" },
  saveMarkdown: { nl: "Ja, als Markdown (om te lezen)", en: "Yes, as Markdown (to read)" },
  saveJson: { nl: "Ja, als JSON (voor systemen)", en: "Yes, as JSON (for systems)" },
  saveBoth: { nl: "Ja, allebei", en: "Yes, both" },
  saveNone: { nl: "Nee", en: "No" },
  savePath: { nl: "Bestandsnaam (zonder extensie)", en: "File name (without extension)" },
  saved: { nl: "Opgeslagen (alleen leesbaar voor u)", en: "Saved (readable by you only)" },
  recordHeading: { nl: "Verslag signaalroute-consult", en: "signaalroute consult record" },
  recordIntro: {
    nl: "Dit verslag noemt geen gegevens van het kind. Voeg het toe aan het dossier; vul zelf feiten, bronnen en data aan en markeer interpretaties als interpretatie.",
    en: "This record names no details of the child. Add it to the file; add facts, sources and dates yourself and mark interpretations as such.",
  },
  answersGiven: { nl: "Vragen en antwoorden", en: "Questions and answers" },
  treesUsed: { nl: "Gebruikte beslisbomen", en: "Decision trees used" },
  date: { nl: "Datum en tijd", en: "Date and time" },
  nothingTicked: { nl: "(niets aangevinkt)", en: "(nothing ticked)" },
  outcome: { nl: "Uitkomst", en: "Outcome" },
  urgency: { nl: "Urgentie", en: "Urgency" },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function m(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}
