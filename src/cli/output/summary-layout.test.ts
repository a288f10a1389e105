// The --wait summary on a narrow terminal: key/value lines that never pass the width.
import { describe, expect, it } from 'vitest';
import { keyValueLines } from './progress.js';

describe('keyValueLines', () => {
  const hash = '2c7a32'.padEnd(64, 'f');
  it.each([40, 41, 64, 66, 80])('fits %i columns and keeps every value whole', (width) => {
    const rows: Record<string, string>[] = [
      { deploy: hash },
      { result: 'Failure' },
      { cost: '2,500,000,000 motes (2.5 CSPR)' },
      { error: 'Insufficient funds' },
    ];
    const lines = keyValueLines(rows, width);
    expect(lines.every((l) => l.length <= width)).toBe(true);
    // A value that does not fit beside its key goes below it, in pieces of width - 2.
    const joined = lines.join('\n');
    expect(
      joined.includes(`deploy: ${hash}`) ||
        lines
          .filter((l) => l.startsWith('  '))
          .map((l) => l.slice(2))
          .join('')
          .startsWith(hash),
    ).toBe(true);
    expect(lines).toContain('result: Failure');
    expect(lines).toContain('error: Insufficient funds');
  });

  it('puts a value on the key line when "key: value" fits exactly', () => {
    expect(keyValueLines([{ ab: 'x'.repeat(36) }], 40)).toEqual([`ab: ${'x'.repeat(36)}`]);
    expect(keyValueLines([{ ab: 'x'.repeat(37) }], 40)).toEqual(['ab:', `  ${'x'.repeat(37)}`]);
    expect(keyValueLines([{ ab: 'x'.repeat(39) }], 40)).toEqual(['ab:', `  ${'x'.repeat(38)}`, '  x']);
  });
});
