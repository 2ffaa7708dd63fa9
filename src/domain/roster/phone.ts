// Phone numbers as the roster writes them (138 0013 8000, +86-13800138000, 0571-8888 1234):
// a normalised form for hashing, or null when it is not a phone number.

export function normalizePhone(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  if (!t) return null;
  if (/[^\d\s\-+()]/.test(t)) return null;
  let digits = t.replace(/\D/g, "");
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.startsWith("86") && digits.length === 13) digits = digits.slice(2);
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  // A landline with its area code: 0 + 2–3 digits, then 7–8 digits.
  if (/^0\d{9,11}$/.test(digits)) return digits;
  return null;
}
