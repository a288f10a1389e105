// casper-devnet's command line, read and refused the way casper-client's clap reads it: usage
// errors on stderr in clap's shape with a "similar argument" tip, exit 2.
import { didYouMean, tipLine } from '../core/suggest.js';

export interface DevnetFlag {
  long: string;
  short?: string;
  valueName?: string;
  default?: string;
  help: string;
}

export class DevnetUsageError extends Error {
  override name = 'DevnetUsageError';
  /** With the usage line (clap adds it to argument errors, not to value errors). */
  constructor(
    message: string,
    readonly withUsage = true,
  ) {
    super(message);
  }

  render(): string {
    return `error: ${this.message}\n\n${this.withUsage ? 'Usage: casper-devnet [OPTIONS]\n\n' : ''}For more information, try '--help'.\n`;
  }
}

const display = (f: DevnetFlag) => (f.valueName === undefined ? `--${f.long}` : `--${f.long} <${f.valueName}>`);

/** clap's error for a value its parser refuses: no usage line. */
export function invalidValue(f: DevnetFlag, value: string, why: string): DevnetUsageError {
  return new DevnetUsageError(`invalid value '${value}' for '${display(f)}': ${why}`, false);
}

export type DevnetValues = Map<string, string | true>;

export function parseDevnetArgs(flags: DevnetFlag[], argv: string[]): DevnetValues {
  const byLong = new Map(flags.map((f) => [f.long, f]));
  const byShort = new Map(flags.filter((f) => f.short !== undefined).map((f) => [f.short!, f]));
  const values: DevnetValues = new Map();
  const set = (f: DevnetFlag, v: string | true) => {
    if (values.has(f.long)) throw new DevnetUsageError(`the argument '${display(f)}' cannot be used multiple times`);
    values.set(f.long, v);
  };
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    let f: DevnetFlag | undefined;
    let inline: string | undefined;
    if (t.startsWith('--') && t.length > 2) {
      const [name, rest] = t.slice(2).split(/=(.*)/s) as [string, string | undefined];
      f = byLong.get(name);
      inline = rest;
      if (f === undefined) {
        const tip = didYouMean(name, [...flags.map((x) => x.long), 'help', 'version']).at(-1);
        throw new DevnetUsageError(
          `unexpected argument '--${name}' found${tip ? `\n\n${tipLine('argument', [`--${tip}`])}` : ''}`,
        );
      }
    } else if (t.startsWith('-') && t.length === 2) {
      f = byShort.get(t[1]!);
      if (f === undefined) throw new DevnetUsageError(`unexpected argument '${t}' found`);
    } else {
      throw new DevnetUsageError(`unexpected argument '${t}' found`);
    }
    if (f.valueName === undefined) {
      if (inline !== undefined)
        throw new DevnetUsageError(`unexpected value '${inline}' for '${display(f)}' found; no more were expected`);
      set(f, true);
      continue;
    }
    const v = inline ?? argv[i + 1];
    if (v === undefined || (inline === undefined && v.startsWith('-') && v.length > 1))
      throw new DevnetUsageError(`a value is required for '${display(f)}' but none was supplied`);
    if (inline === undefined) i++;
    set(f, v);
  }
  return values;
}

/** clap-like help: options with their value names, help and defaults. */
export function devnetHelp(about: string, flags: DevnetFlag[], footer: string): string {
  const left = (f: DevnetFlag) => `${f.short !== undefined ? `-${f.short}, ` : '    '}${display(f)}`;
  const width = Math.max(...flags.map((f) => left(f).length));
  const lines = [about, '', 'Usage: casper-devnet [OPTIONS]', '', 'Options:'];
  const indent = ' '.repeat(width + 4);
  for (const f of flags) {
    // Wrapped at 100 columns, continuation lines under the text (clap's layout without next_line_help).
    let line = `  ${left(f).padEnd(width)}  `;
    for (const word of `${f.help}${f.default !== undefined ? ` [default: ${f.default}]` : ''}`.split(' ')) {
      if (line.length + word.length > 100 && line.trim() !== '') {
        lines.push(line.trimEnd());
        line = indent;
      }
      line += `${word} `;
    }
    lines.push(line.trimEnd());
  }
  return `${lines.join('\n')}\n\n${footer}\n`;
}
