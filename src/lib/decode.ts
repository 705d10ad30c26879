/**
 * Decodes a seed file's bytes as UTF-8 text, or throws saying what is wrong with it: empty,
 * binary, or another encoding (GBK texts are common in Chinese archives). A byte-order mark
 * is kept so that offsets count every character of the file.
 */
export function decodeSeed(bytes: Uint8Array, name = "input"): string {
  if (bytes.length === 0) throw new Error(`${name}: empty file, expected a UTF-8 text`);
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
