// clap 4's "did you mean": strsim's Jaro similarity, candidates above 0.7, weakest first
// (clap_builder/src/parser/features/suggestions.rs, did_you_mean; strsim 0.11.1 generic_jaro).

/** Jaro similarity of two strings, by Unicode code points, as strsim::jaro computes it. */
export function jaro(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(x.length, y.length) / 2) - 1);
  const xFlags = new Array<boolean>(x.length).fill(false);
  const yFlags = new Array<boolean>(y.length).fill(false);
  let matches = 0;
  for (let i = 0; i < x.length; i++) {
    const lo = i > range ? i - range : 0;
    const hi = Math.min(y.length, i + range + 1);
    for (let j = lo; j < hi; j++) {
      if (!yFlags[j] && x[i] === y[j]) {
        xFlags[i] = true;
        yFlags[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < x.length; i++) {
    if (!xFlags[i]) continue;
    while (!yFlags[j]) j++;
    if (x[i] !== y[j]) transpositions++;
    j++;
  }
  transpositions = Math.floor(transpositions / 2);
  return (matches / x.length + matches / y.length + (matches - transpositions) / matches) / 3;
}

/**
 * Every candidate with a similarity above 0.7, the most similar last; among equals, the later
 * candidate goes after the earlier one (clap's binary-search insert), so `.at(-1)` is clap's pick.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string[] {
  const kept: { c: number; s: string }[] = [];
  for (const s of candidates) {
    const c = jaro(value, s);
    if (c <= 0.7) continue;
    let pos = kept.findIndex((k) => k.c > c);
    if (pos === -1) pos = kept.length;
    kept.splice(pos, 0, { c, s });
  }
  return kept.map((k) => k.s);
}

/** clap's tip line for one or more suggestions. */
export function tipLine(kind: 'argument' | 'subcommand', found: string[]): string {
  const quoted = found.map((f) => `'${f}'`).join(', ');
  return found.length === 1
    ? `  tip: a similar ${kind} exists: ${quoted}`
    : `  tip: some similar ${kind}s exist: ${quoted}`;
}
