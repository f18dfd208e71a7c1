/** A stable id for a finding, independent of where it is in the draft: for Ignore lists. No dependencies,
 * so extension pages can compute it without loading the engine. */
export function findingKey(f: { rule: string; text: string }): string {
  return `${f.rule}:${f.text.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}
