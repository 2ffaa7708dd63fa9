// Sets of UTF-16 code units as bit sets: 8 KB each, where a table of one byte per code unit takes
// 64 KB. The parser tests characters against such sets at most characters of every message, and a
// message's Chinese characters are scattered over some 20,000 code points: in a bit set they share
// a few dozen cache lines, in a byte table each one lands on a line of its own, and a full parse
// touches enough other memory that those lines rarely stay cached from one message to the next.

export type CharSet = Int32Array;

/** The set of the code units of `chars` (each code unit, not code point). */
export function charSet(chars: string): CharSet {
  const set = new Int32Array(65536 >>> 5);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    set[c >>> 5] = (set[c >>> 5] as number) | (1 << (c & 31));
  }
  return set;
}

const CHAR_CODE_AT = String.prototype.charCodeAt;
/**
 * `s.charCodeAt(i)`, for loops over every character of a message. A message's strings come in many
 * representations (flat or sliced, one or two bytes a character, some internalised), and where one
 * call site has seen more than four, V8 looks `charCodeAt` up and calls it generically at every
 * character; called on its own, the builtin is known and inlined (several times faster in such loops).
 */
export const codeUnit = (s: string, i: number): number => CHAR_CODE_AT.call(s, i);

/** Whether `code` (a UTF-16 code unit, or -1 for none) is in `set`. */
export function inSet(set: CharSet, code: number): boolean {
  return code >= 0 && code < 65536 && (((set[code >>> 5] as number) >>> (code & 31)) & 1) === 1;
}

/** The set of the code units for which `has` holds. */
export function charSetWhere(has: (code: number) => boolean): CharSet {
  const set = new Int32Array(65536 >>> 5);
  for (let c = 0; c < 65536; c++) if (has(c)) set[c >>> 5] = (set[c >>> 5] as number) | (1 << (c & 31));
  return set;
}

/**
 * A zeroed byte per position of a message, in a buffer reused from one message to the next: a
 * new typed array of more than 64 bytes is allocated outside V8's heap, which cost about a
 * microsecond a message. Each caller owns its scratch (the parser is synchronous and never
 * re-enters one); only the first `length` bytes are zeroed and meant to be read.
 */
export class Scratch {
  private bytes = new Uint8Array(1024);

  zeroed(length: number): Uint8Array {
    if (this.bytes.length < length) this.bytes = new Uint8Array(Math.max(length, this.bytes.length * 2));
    this.bytes.fill(0, 0, length);
    return this.bytes;
  }
}

/** Whether `code` is white space as regex \s reads it (one code unit; -1 for none is not). */
export function isSpace(code: number): boolean {
  if (code === 32) return true;
  if (code < 0xa0) return code >= 9 && code <= 13;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
