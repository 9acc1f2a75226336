/**
 * The domain concepts of health-region strategies: the themes the documents write about, each named once
 * here and filled per language (src/lang/<language>/concepts.ts) with the documents' own terms for it and
 * the everyday words people use instead ("færre medarbejdere", "personalemangel" → staff). Retrieval
 * expands a question with its concepts' document terms, and the relevance decision counts a passage that
 * shares a concept with the question as on topic, so a question need not use the documents' words.
 *
 * Written from the documents' vocabulary (every concept must reach corpus text; test/lang/concepts.test.ts
 * checks it) and general knowledge of Danish and Norwegian — never from evaluation questions.
 */
export const CONCEPTS = {
  waiting: 'waiting times and speed of diagnosis and treatment',
  cancer: 'cancer care and cancer packages',
  emergency: 'ambulances, emergency and pre-hospital care',
  digitalContact: 'digital access for patients: video consultations, apps, online contact, telemedicine',
  itSystems: 'information technology, networks and systems between hospitals',
  technology: 'health technology, digitalisation and new ways of working',
  nearCare: 'treatment close to home, in the local area or in one’s own home; decentralised services',
  discharge: 'discharge from hospital and what follows it',
  coherence: 'coherent patient pathways and transitions between hospital, GP and municipality',
  primaryCare: 'general practitioners, municipalities and primary health care as partners',
  medicine: 'medicine, pills and medication records',
  involvement: 'patients and relatives being heard, involved and deciding with the staff',
  patientFeedback: 'patients asked how they experienced their care, and their answers used to improve it: surveys, satisfaction',
  safety: 'patient safety, quality of treatment, learning from errors',
  coercion: 'coercion and restraint in treatment',
  priorities: 'prioritisation of treatments and resources',
  staffShortage: 'too few staff, recruitment and retention',
  workEnvironment: 'working environment, wellbeing, stress and work–life balance at work',
  newStaff: 'welcoming and introducing new employees',
  education: 'education, training and further training of health staff',
  research: 'health research',
  leadership: 'management, leadership and the values of an organisation',
  director: 'the executive director who heads the region’s administration, and whom to contact about the strategy',
  employeeVoice: 'employees’ ideas, influence and being listened to',
  climate: 'climate, CO2, energy and the green transition',
  waste: 'waste, recycling and reducing consumption',
  food: 'meals, food and food waste at hospitals and institutions',
  procurement: 'purchasing and tendering, demands on suppliers',
  transport: 'public transport, trains, buses, traffic and patient transport',
  environment: 'nature, water and the environment',
  growth: 'a growing population and the capacity to serve it',
  capacity: 'hospital capacity: beds, occupancy and the flow of patients through the wards',
  births: 'births, maternity care and newborns',
  mentalHealth: 'psychiatry and mental illness',
  suicide: 'suicide and suicide prevention',
  youngMental: 'children and young people in psychiatry and their families',
  physicalHealthMental: 'the physical health and life expectancy of people with mental illness',
  addiction: 'substance abuse and addiction',
  inequality: 'inequality in health, vulnerable and disadvantaged groups',
  communication: 'understandable communication with patients',
  publicInformation: 'informing the public, participation and public dialogue',
  prevention: 'prevention and health promotion',
  civilSociety: 'civil society, associations, volunteers and partnerships',
  relatives: 'relatives and families of patients',
  specialisation: 'specialised treatment, centralising functions at fewer hospitals, small and vulnerable hospitals',
  universityHospital: 'the university hospital and highly specialised treatment',
  privateSector: 'private hospitals, private providers and public–private partnership',
  economy: 'money, economy, efficiency and cost-effectiveness',
  supportFunctions: 'administration and support functions (payroll, purchasing, accounts, HR) and organising them in common',
  culture: 'culture and cultural life',
  buildings: 'hospital buildings and construction projects',
  rural: 'sparsely populated areas, distances and balance between parts of the region',
  minorities: 'Sami speakers, immigrants and groups with special needs',
  chronic: 'the elderly, chronically ill and patients with complex pathways',
  vision: 'the strategy’s vision, purpose, goals and focus areas, what it aims to become in the long run',
  collaboration: 'collaboration and sharing between hospitals and units',
  documentation: 'documentation requirements and paperwork',
  responsibleDoctor: 'a responsible doctor and continuity of contact',
  expectations: 'citizens’ expectations of what the region can deliver',
  valueBased: 'value-based health care',
  specialSector: 'the special-needs sector: residential homes and specialised support for people with disabilities',
  selfCare: 'patients doing what they can themselves and taking responsibility for their own health',
  premises: 'the conditions, frames and challenges a strategy says the region works under',
  governance: 'who decides over the health service: the state, national goals, politicians and the regional council',
} as const;

export type ConceptId = keyof typeof CONCEPTS;

/**
 * Concepts that name an illness or one's own treatment rather than the service: "er det normalt" about them
 * asks about the asker's health ("kræft som 30-årig"), about the others it asks about the service.
 */
export const ILLNESS_CONCEPTS: ReadonlySet<ConceptId> = new Set([
  'cancer', 'medicine', 'mentalHealth', 'suicide', 'physicalHealthMental', 'addiction', 'chronic',
]);

/**
 * Of those, the ones naming an illness and its care, which a strategy either speaks of or doesn't: not
 * `chronic`, whose words are also the elderly's, nor `medicine`, whose word is also a field ("akuttmedisinen",
 * "medisinstudiet"). Used by `relevance.absentCare`.
 */
export const CARE_CONCEPTS: ReadonlySet<ConceptId> = new Set(['cancer', 'mentalHealth', 'suicide', 'physicalHealthMental', 'addiction']);

/**
 * Concepts that name a part of the strategy itself rather than a theme of it, which every strategy has and
 * names in a section heading ("Vår visjon", "Målbillede for …", "De 5 fokusområder"): a question about it in
 * words of its own is expanded with the heading's words first (src/retrieve/concepts.ts), not with the words
 * every section repeats ("Våre målsettinger er:"). Only the vision so far: values/leadership, economy and
 * `premises` headed first cost a dev set a key fact, their widespread words serve them as well.
 */
export const STRATEGY_PARTS: ReadonlySet<ConceptId> = new Set(['vision']);

/**
 * Concepts that are part of a broader one: a strategy speaking of coercion, suicide or the mentally ill's
 * shorter lives speaks of psychiatry; one asking patients how their care went involves them. Used only to tell whether a region's documents speak of a question's
 * theme at all (src/answer/relevance.ts, absentShare), not for retrieval: a psychiatry question is not
 * expanded with coercion's words. Not `youngMental`: its words are also every strategy's "børn og unge",
 * "de unge", which say nothing of psychiatry.
 */
export const BROADER: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  patientFeedback: ['involvement'],
  coercion: ['mentalHealth'],
  suicide: ['mentalHealth'],
  physicalHealthMental: ['mentalHealth'],
};

/** One language's words for each concept, as written (they are folded for matching); `*` for any ending, phrases allowed. */
export type ConceptWords = Record<ConceptId, readonly string[]>;

/**
 * Which concept words need company. Many everyday words people use for a concept mean something else just
 * as often outside health ("gammel" in "hvor gammel er universet", "penge" in "spare penge på strømmen",
 * "app", "bus", "mad"): alone they don't make a question one about the strategies. Such a word mentions its
 * concept in a question only beside a sign that the question is about health or the service — another
 * concept word not in `everyday`, or one of the `health` words (hospital, doctor, patient, region, …).
 * Passages are read in full: a strategy's "penge" is about its economy.
 */
export interface ConceptContext {
  /** Concept words (as written in this language's concept lists) that are everyday words outside health too. */
  everyday: readonly string[];
  /** Single words that place a question in health or the service, as written; `*` for any ending. */
  health: readonly string[];
  /**
   * Doctors and hospitals as a compound's last part ("hjertelegen", "øjenlægen", "lokalsygehuset"), as written;
   * `*` for any ending. After a first part of four letters or more, such a compound is a health word too.
   */
  healthTails?: readonly string[];
  /**
   * Phrases holding a concept's word that don't mention the concept, by concept: "strategien bygger på …"
   * (is based on) says nothing of buildings. A concept word matched inside such a phrase mentions nothing,
   * in questions and passages alike.
   */
  notMentioning?: Partial<Record<ConceptId, readonly string[]>>;
}

