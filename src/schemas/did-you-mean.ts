/**
 * "Did you mean …?" for a misspelt key: the known key closest to it, when one is close enough
 * to be a slip of the keyboard (corections → corrections, valeu → value), else null.
 */
export function didYouMean(key: string, known: readonly string[]): string | null {
  const wanted = key.toLowerCase();
  // A third of the key's length, at least one edit: close for a typo, far for a different word.
  const most = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(wanted, k.toLowerCase());
    if (d <= most && d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`: the optimal
 * string alignment distance, so a swapped pair (valeu) counts as one slip, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The message for a key the schema does not know, with the hint and the keys it does. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const hint = didYouMean(key, known);
  return `unknown key \`${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}; expected one of ${known.map((k) => `\`${k}\``).join(", ")}`;
}
