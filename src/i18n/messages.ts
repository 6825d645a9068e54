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
    nl: "Vink met de spatiebalk aan wat past; Enter gaat verder. Niets aanvinken is ook een antwoord.",
    en: "Tick what applies with Space; Enter continues. Ticking nothing is an answer too.",
  },
  checklistUnknownHeading: { nl: "Niet zeker?", en: "Not sure?" },
  keyMove: { nl: "bladeren", en: "move" },
  keyTick: { nl: "aanvinken", en: "tick" },
  keySubmit: { nl: "verder", en: "continue" },
  keyHelp: { nl: "uitleg", en: "help" },
  keyBack: { nl: "terug", en: "back" },
  keyStop: { nl: "stoppen", en: "stop" },
  keyChoose: { nl: "kiezen", en: "choose" },
  keyToList: { nl: "terug naar de lijst", en: "back to the list" },
  confirmEmpty: { nl: "U heeft niets aangevinkt. Geen van deze?", en: "You ticked nothing. None of these?" },
  confirmNone: { nl: "Ja, geen van deze", en: "Yes, none of these" },
  confirmReturn: { nl: "Terug naar de lijst", en: "Back to the list" },
  confirmHint: { nl: "Aanvinken doet u in de lijst, met de spatiebalk.", en: "To tick, go back to the list and press Space." },
  noBack: { nl: "Dit is de eerste vraag: terug kan hier niet.", en: "This is the first question: there is no going back." },
  resumed: { nl: "Uw eerdere consult gaat verder waar het stopte.", en: "Your earlier consult continues where it stopped." },
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
  doNext: { nl: "Wat u daarna doet", en: "What to do next" },
  whoHeading: { nl: "Wie u inschakelt, meest dringend eerst", en: "Who to contact, most urgent first" },
  whyHeading: { nl: "Waarom deze contacten", en: "Why these contacts" },
  contactFirst: { nl: "Neem contact op met", en: "Contact" },
  fullDetails: {
    nl: "Alle gegevens van een contact (website, bereikbaarheid, wat zij doen) staan in het verslag en in: signaalroute contacts [naam]",
    en: "Every contact's full details (website, hours, what they do) are in the record and in: signaalroute contacts [name]",
  },
  inShort: { nl: "In het kort", en: "In short" },
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
  fileExists: { nl: "Dit bestand bestaat al", en: "This file already exists" },
  otherName: { nl: "Een andere naam kiezen", en: "Choose another name" },
  overwrite: { nl: "Overschrijven", en: "Overwrite" },
  consultRunning: {
    nl: "Er loopt al een consult in een andere terminal. Maak dat eerst af of stop het; twee tegelijk zouden elkaars concept overschrijven. Proces",
    en: "A consult is already running in another terminal. Finish or stop it first; two at once would overwrite each other's draft. Process",
  },
  resumeQuestion: { nl: "Er staat een onderbroken consult klaar.", en: "An interrupted consult is waiting." },
  resumeChoice: { nl: "Verder met het onderbroken consult", en: "Continue the interrupted consult" },
  newChoice: { nl: "Opnieuw beginnen (het onderbroken consult vervalt)", en: "Start again (the interrupted consult is dropped)" },
  draftCorrupt: {
    nl: "Het bewaarde concept was beschadigd en is niet gebruikt. Het staat apart in",
    en: "The saved draft was damaged and was not used. It has been put aside in",
  },
  draftUnwritable: {
    nl: "Het concept kan niet worden bewaard in deze map; zonder concept kan een onderbroken consult niet verder. Kies een andere map met SIGNAALROUTE_DATA_DIR:",
    en: "The draft cannot be saved in this folder; without it an interrupted consult cannot resume. Choose another folder with SIGNAALROUTE_DATA_DIR:",
  },
  draftLost: {
    nl: "Let op: het concept kon niet worden bijgewerkt. Uw laatste antwoorden zijn bij onderbreken niet bewaard.",
    en: "Note: the draft could not be updated. Your latest answers are not kept if the consult is interrupted.",
  },
  treesChanged: {
    nl: "De beslisbomen zijn veranderd sinds het consult werd onderbroken. Antwoorden die niet meer passen, worden opnieuw gevraagd:",
    en: "The decision trees changed since the consult was interrupted. Answers that no longer fit are asked again:",
  },
  answersOnly: {
    nl: "--json en --record horen bij --answers. Een interactief consult biedt aan het eind zelf aan een verslag op te slaan.",
    en: "--json and --record go with --answers. An interactive consult offers to save a record at the end.",
  },
  saved: { nl: "Opgeslagen (alleen leesbaar voor u)", en: "Saved (readable by you only)" },
  recordHeading: { nl: "Verslag signaalroute-consult", en: "signaalroute consult record" },
  recordIntro: {
    nl: "Dit verslag noemt geen naam, adres, geboortedatum of BSN, maar bevat wel gevoelige gegevens over een kind en een vermoeden. Bewaar het alleen in het dossier, niet in mail of op een gedeelde schijf. Vul zelf feiten, bronnen en data aan en markeer interpretaties als interpretatie.",
    en: "This record names no name, address, date of birth or BSN, but it does hold sensitive information about a child and a suspicion. Keep it only in the case file, not in email or on a shared drive. Add facts, sources and dates yourself and mark interpretations as such.",
  },
  answersGiven: { nl: "Vragen en antwoorden", en: "Questions and answers" },
  treesUsed: { nl: "Gebruikte beslisbomen", en: "Decision trees used" },
  date: { nl: "Datum en tijd", en: "Date and time" },
  nothingTicked: { nl: "(niets aangevinkt)", en: "(nothing ticked)" },
  impliedMark: { nl: "(niet gevraagd)", en: "(not asked)" },
  impliedRecord: { nl: "Niet gevraagd, volgt uit eerdere antwoorden:", en: "Not asked, follows from earlier answers:" },
  factsHeading: { nl: "Wat eerder in dit consult is gezegd", en: "What was said earlier in this consult" },
  outcome: { nl: "Uitkomst", en: "Outcome" },
  urgency: { nl: "Urgentie", en: "Urgency" },
  // The acute-danger question (`kind: danger`): its texts come from the tool, never from a tree file.
  dangerQuestion: {
    nl: "Is het kind, of iemand anders, nu in direct gevaar?",
    en: "Is the child, or someone else, in direct danger right now?",
  },
  dangerHelp: {
    nl: "Direct gevaar betekent: iemand loopt nu lichamelijk gevaar en is de komende uren niet veilig. Bijvoorbeeld: er is nu geweld of het dreigt elk moment. Of het kind wordt nu vastgehouden of uitgebuit en kan niet weg. Of het kind wordt vandaag of vanavond opgehaald om uitgebuit te worden. Of het kind is nu vermist of weggelopen en u vermoedt uitbuiting of gevaar. Twijfelt u? Kies dan 'weet ik niet'. De tool kiest dan de voorzichtige route.",
    en: "Direct danger means: someone is in physical danger now and is not safe for the coming hours. For example: violence is happening now or may happen any moment. Or the child is being held or exploited right now and cannot leave. Or the child will be collected today or tonight to be exploited. Or the child is missing or has run away right now and you suspect exploitation or danger. In doubt? Choose 'don't know'. The tool then takes the cautious route.",
  },
  dangerYes: { nl: "Ja, er is nu direct gevaar", en: "Yes, there is direct danger now" },
  dangerNo: { nl: "Nee, er is nu geen direct gevaar", en: "No, there is no direct danger now" },
  dangerUnknown: { nl: "Weet ik niet", en: "Don't know" },
  exemptionsHeading: {
    nl: "Onderbouwde uitzonderingen (cautious-unknown): hier mag 'weet ik niet' minder voorzichtig zijn",
    en: "Justified exceptions (cautious-unknown): here 'don't know' may be less cautious",
  },
  exemptionUnused: { nl: "(niet nodig: de regel geldt hier ook zonder uitzondering)", en: "(not needed: the rule holds here without the exception too)" },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

export function m(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}
