// Public lists show masked residents as 张*英 (or A*a): first and last character kept.
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** The one privacy rule for public lists (rankings, honour lists, draw results): a resident who
 * asked to be masked appears as 张*英, everyone else by name. */
export function publicName(resident: { name: string; masked: boolean }): string {
  return resident.masked ? maskName(resident.name) : resident.name;
}
