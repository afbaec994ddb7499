// The window sizes of the participation rules, named: how many words (list fillers not counted) separate an actor
// from the cue word that places it. A table, not code: a rule reads its window here.

/** Window sizes, in words not counting list fillers (see `gap`). */
export const WINDOW = {
  /** "Jordan took part", "участвовала Иордания": a state this close to an attending verb is its subject. */
  subject: 2,
  /** "the Russian delegation", "وفد روسيا". */
  delegation: 2,
  /** "Kazakhstan will host", "تستضيفها كازاخستان". */
  host: 4,
  /** "the talks hosted by Kazakhstan", "Kazakhstan hosts the 20th round": the meeting named this close to the verb. */
  hosted: 8,
  /** "held under the aegis of Russia", "ترعاها روسيا". */
  sponsor: 3,
  /** "brokered by Turkey, the rebels' backer, and by Russia": a guarantor this close to a named sponsor sponsors too. */
  coSponsor: 10,
  /** "the guarantor states took part", "بمشاركة الدول الضامنة": the guarantors named by their role alone. */
  roleNoun: 3,
  /**
   * "the guarantors' statement", "وتعمل الدول الضامنة على التوافق حول البيان الختامي": a role noun this close to the
   * round's document names its authors.
   */
  roleDocument: 6,
  /** "the joint statement issued by Iran, Russia and Turkey": a list this close to a document noun wrote it. */
  author: 3,
  /** "Üç garantör ülke ilk gün kapalı bir oturuma katıldı": a role noun this far before a clause-final verb. */
  finalVerb: 10,
  /** "... attended as observers": the observer word governs a list this long. */
  observer: 12,
  /** Next to another process only actors this close to a guarantor or observer word count. */
  otherProcessRole: 6,
  /** A state just before a person with a title ("Russian Deputy Foreign Minister X") is the person's affiliation. */
  personTitle: 6,
  /** A title word this close to a state makes the state an affiliation ("نائب وزير خارجية كازاخستان"). */
  title: 3,
  /** "représentant permanent de la Syrie auprès de l'ONU": a title this far before "to" names the post. */
  accredited: 5,
  /** "set up a group to watch the truce, made up of Iran ...": tokens from the creating phrase to its members' list. */
  createdBody: 10,
  /** How far back a list of actors is followed to the word that governs it. */
  listLookback: 20,
} as const;
