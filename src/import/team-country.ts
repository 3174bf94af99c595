/**
 * Splits a national-association code written after a club name: `Liverpool FC (ENG)` gives
 * `{ name: 'Liverpool FC', country: 'ENG' }`. Other parentheses stay part of the name
 * (`Accrington FC (1878-1896)`).
 */
export interface TeamAndCountry {
  readonly name: string;
  readonly country?: string;
}

const WITH_CODE = /^(.*\S)\s*\(([A-Z]{2,4})\)$/;

export function splitTeamCountry(text: string): TeamAndCountry {
  const trimmed = text.trim();
  const m = WITH_CODE.exec(trimmed);
  return m ? { name: m[1]!, country: m[2]! } : { name: trimmed };
}
