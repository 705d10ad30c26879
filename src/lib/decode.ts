/**
 * Decodes a seed file's bytes as UTF-8 text, or throws saying what is wrong with it: empty,
 * UTF-16, binary, or another encoding (GBK texts are common in Chinese archives). A byte-order
 * mark is kept so that offsets count every character of the file. Characters that are valid
 * but deceptive (bidi overrides, zero-width spaces) are not refused here: textWarnings() names
 * them, so the caller can warn.
 */
export function decodeSeed(bytes: Uint8Array, name = "input"): string {
  if (bytes.length === 0) throw new Error(`${name}: empty file, expected a UTF-8 text`);
  const utf16 = utf16Form(bytes);
  if (utf16) throw new Error(`${name}: UTF-16 text (${utf16}): convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8`);
  if (bytes.includes(0)) throw new Error(`${name}: binary data (NUL byte), expected a UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(`${name}: not valid UTF-8 (is it GBK or GB18030?); convert it to UTF-8 first`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new Error(`${name}: only white space, expected a text`);
  // Control characters other than tab and line breaks mean a binary or damaged file.
  const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split("\n").length;
    throw new Error(`${name}:${line}: control character U+${control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}, expected text`);
  }
  return text;
}

/**
 * "LE"/"BE" (with "byte-order mark" or "no byte-order mark") when the bytes are UTF-16 text,
 * else null. Without a mark, UTF-16 shows as a NUL in every other byte, all on one side, for
 * the ASCII it holds (digits, line breaks); a binary file has NULs on both sides, or pairs them
 * with control bytes that no text has.
 */
function utf16Form(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "LE, byte-order mark";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "BE, byte-order mark";
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  if ((even === 0) === (odd === 0)) return null; // no NUL at all, or NULs on both sides
  const le = odd > 0; // in UTF-16LE the NUL is the high byte, second of each pair
  for (let i = 0; i < bytes.length; i += 2) {
    const [lo, hi] = le ? [bytes[i]!, bytes[i + 1]!] : [bytes[i + 1]!, bytes[i]!];
    if (hi === 0 && lo < 0x20 && lo !== 0x09 && lo !== 0x0a && lo !== 0x0d) return null; // a control character: not text
  }
  return le ? "LE, no byte-order mark" : "BE, no byte-order mark";
}
