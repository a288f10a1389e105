// clap 4's suggestions: strsim's Jaro above 0.7, the most similar last
// (clap_builder/src/parser/features/suggestions.rs; strsim-rs v0.11.1 src/lib.rs generic_jaro).
// Expected values come from the formula by hand, or from the textbook reference below, which is
// written independently of src/core/suggest.ts.
import { describe, expect, it } from 'vitest';
import { putDeploySpec } from './commands/put-deploy-specs.js';
import { signDeploySpec, transferSpec } from './commands/specs.js';
import type { Flag } from './flags.js';
import { parseFlags } from './parse.js';
import { didYouMean, jaro } from '../core/suggest.js';
import { UsageError } from './usage-error.js';

/** Textbook Jaro: m matches within floor(max/2)-1, t = half the matched characters out of order. */
function referenceJaro(s: string, t: string): number {
  if (s === t) return 1;
  const w = Math.max(Math.floor(Math.max(s.length, t.length) / 2) - 1, 0);
  const sm: number[] = [];
  const used = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    for (let j = Math.max(0, i - w); j < Math.min(t.length, i + w + 1); j++) {
      if (!used.has(j) && s[i] === t[j]) {
        used.add(j);
        sm.push(i);
        break;
      }
    }
  }
  const m = sm.length;
  if (m === 0) return 0;
  const a = sm.map((i) => s[i]);
  const b = [...used].sort((x, y) => x - y).map((j) => t[j]);
  const tr = Math.floor(a.filter((c, k) => c !== b[k]).length / 2);
  return (m / s.length + m / t.length + (m - tr) / m) / 3;
}

describe('jaro', () => {
  it.each([
    // (m/|a| + m/|b| + (m-t)/m) / 3, worked by hand:
    ['chain', 'chainspec', (1 + 5 / 9 + 1) / 3], // 5 matches, none out of order
    ['chain', 'chain-name', (1 + 5 / 10 + 1) / 3],
    ['MARTHA', 'MARHTA', (1 + 1 + 5 / 6) / 3], // T/H swapped: 2 out of order → t = 1
    ['DIXON', 'DICKSONX', (4 / 5 + 4 / 8 + 1) / 3], // window 3: D, I, O, N match
    ['wiat', 'wait', (1 + 1 + 3 / 4) / 3],
    ['key', 'id', 0],
    ['', '', 1],
    ['a', '', 0],
  ])('jaro(%s, %s)', (a, b, want) => {
    expect(jaro(a, b)).toBeCloseTo(want, 12);
    expect(referenceJaro(a, b)).toBeCloseTo(want, 12);
  });

  it('agrees with the reference over every flag name pair of put-deploy', () => {
    const names = putDeploySpec.flags.flatMap((f: Flag) => (f.long ? [f.long] : []));
    for (const a of names)
      for (const b of names) expect(jaro(a.slice(0, 7), b)).toBeCloseTo(referenceJaro(a.slice(0, 7), b), 12);
  });

  it('keeps the candidates above 0.7, the most similar last, equals in the order given', () => {
    // clap's own tests: "tst" → ["test"]; "te" → ["test", "temp"] (a tie keeps input order).
    expect(didYouMean('tst', ['test', 'possible', 'values'])).toEqual(['test']);
    expect(didYouMean('te', ['test', 'temp', 'possible', 'values'])).toEqual(['test', 'temp']);
    expect(didYouMean('hahaahahah', ['test', 'possible', 'values'])).toEqual([]);
  });
});

/** The error the parser raises for argv, as printed. */
function usageErrorOf(spec: Parameters<typeof parseFlags>[0], argv: string[]): string {
  try {
    parseFlags(spec, argv);
  } catch (e) {
    if (e instanceof UsageError) return e.render();
    throw e;
  }
  throw new Error('no usage error');
}

const tipOf = (text: string) => /tip: a similar argument exists: '([^']+)'/.exec(text)?.[1];

describe('unknown flags get the flag clap would suggest', () => {
  // Expected: the highest Jaro above 0.7 over the command's long names (aliases included, --help
  // last), worked out with the reference above; null = nothing above 0.7.
  it.each([
    [putDeploySpec, 'chain', '--chainspec'], // 0.852 beats chain-name's 0.833
    [putDeploySpec, 'node', '--node-address'],
    [putDeploySpec, 'key', null],
    [putDeploySpec, 'secret', '--secret-key'],
    [putDeploySpec, 'session', '--session-arg'],
    [putDeploySpec, 'amount', '--timeout'],
    [putDeploySpec, 'payment', '--payment-arg'],
    [putDeploySpec, 'sesion-path', '--session-path'],
    [putDeploySpec, 'node-adress', '--node-address'],
    [putDeploySpec, 'payment-amout', '--payment-amount'],
    [putDeploySpec, 'wiat', '--wait'],
    [putDeploySpec, 'chain-nme', '--chain-name'],
    [putDeploySpec, 'secret-ky', '--secret-key'],
    [putDeploySpec, 'timestmp', '--timestamp'],
    [putDeploySpec, 'gas', '--gas-price'],
    [putDeploySpec, 'dependancy', '--dependency'],
    [putDeploySpec, 'verbos', '--verbose'],
    [putDeploySpec, 'rpc-url', null],
    [putDeploySpec, 'private-key', '--secret-key'],
    [putDeploySpec, 'node-url', '--node-address'],
    [transferSpec, 'amout', '--amount'],
    [transferSpec, 'target', '--target-account'],
    [transferSpec, 'trasnfer-id', '--transfer-id'],
    [signDeploySpec, 'inpt', '--input'],
    [signDeploySpec, 'out', '--output'],
    [signDeploySpec, 'key', null],
  ])('%#: --%s', (spec, typo, want) => {
    const longs = [...spec.flags.flatMap((f: Flag) => [...(f.long ? [f.long] : []), ...(f.aliases ?? [])]), 'help'];
    const best = longs
      .map((l) => ({ l, c: referenceJaro(typo, l) }))
      .filter((x) => x.c > 0.7)
      .reduce<{ l: string; c: number } | undefined>(
        (acc, x) => (acc === undefined || x.c >= acc.c ? x : acc),
        undefined,
      );
    expect(best === undefined ? null : `--${best.l}`).toBe(want);
    const text = usageErrorOf(spec, [`--${typo}`, 'x']);
    expect(text.startsWith(`error: unexpected argument '--${typo}' found\n`)).toBe(true);
    expect(tipOf(text) ?? null).toBe(want);
  });

  it('the usage line names the suggested flag after the ones given, as clap adds it to the matches', () => {
    expect(usageErrorOf(signDeploySpec, ['-o', 'out.json', '--inpt', 'd.json'])).toBe(
      "error: unexpected argument '--inpt' found\n\n  tip: a similar argument exists: '--input'\n\n" +
        "Usage: casper-client sign-deploy --secret-key <PATH> --input <PATH> --output <PATH>\n\nFor more information, try '--help'.\n",
    );
  });
});
