/**
 * A noun with "a" or "an" in front, by how it is said: "an ID", "an OKR", "a KPI",
 * "an aspirational OKR", "a unique code". Messages put column names and kinds after an
 * article, and "a ID" reads as a fault.
 */

// Capital letters whose names start with a vowel sound: "an F", "an MRR", "an SLA".
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;
// Words spelt with a vowel but said with a consonant ("a unit", "a one-off", "a user").
const CONSONANT_SOUND = /^(uni|use|usu|uti|eu|one\b|once\b|ur[aeiou])/i;

export function withArticle(noun: string): string {
  const word = noun.trim();
  const acronym = /^[A-Z]{2,}\b/.test(word) || /^[A-Z]$/.test(word);
  const an = acronym ? VOWEL_SOUND_LETTERS.test(word) : /^[aeiou]/i.test(word) && !CONSONANT_SOUND.test(word);
  return `${an ? 'an' : 'a'} ${noun}`;
}
