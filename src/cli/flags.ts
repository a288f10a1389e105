// One table of flags per command drives the parser, the help text and the usage errors, so names,
// aliases, value names and defaults live in exactly one place (they must match casper-client 2.0.0).

export interface Flag {
  readonly long?: string;
  readonly short?: string;
  /** Shown as <VALUE>; absent for switches. */
  readonly valueName?: string;
  readonly help: string;
  /** Shown as [default: …]; the parser gives it when the flag is absent (clap's default_value). */
  readonly default?: string;
  readonly repeatable?: boolean;
  /** -v, -vv: counted, shown as "-v...". */
  readonly count?: boolean;
  /** --speculative-exec [<X>]: the value may be left out. */
  readonly optionalValue?: boolean;
  /** Extra long names accepted but not shown. */
  readonly aliases?: readonly string[];
  /** Extra short names accepted but not shown (clap's short_alias). */
  readonly shortAliases?: readonly string[];
  /** Must be given (clap's required(true)); shown in the usage line. */
  readonly required?: boolean;
  readonly hidden?: boolean;
  /** clap's PossibleValuesParser / ValueEnum: the only values accepted, matched case-sensitively. */
  readonly possibleValues?: readonly string[];
  /** clap's required_unless_present(-e/-j): not in the usage line (clap leaves it out), said in the help. */
  readonly requiredUnlessExamples?: boolean;
  /**
   * clap's display_order: the help lists flags by (order, then -x/--long name). A flag without one
   * follows the flag before it in the table (this client's own flags sit after the Rust flag they
   * belong with); a table without any keeps its own order.
   */
  readonly order?: number;
  /** clap's long_help: shown by --help instead of the help text (-h shows the short one). */
  readonly longHelp?: string;
}

/** A one-of group: `required` groups need exactly one member present, others at most one. */
export interface FlagGroup {
  readonly name: string;
  readonly members: readonly string[];
  readonly required: boolean;
}

export interface CommandSpec {
  readonly name: string;
  readonly about: string;
  readonly flags: readonly Flag[];
  readonly groups: readonly FlagGroup[];
  /** flag → flags it needs. */
  readonly requires: Readonly<Record<string, readonly string[]>>;
  /** Flags clap marks `.required(true)`: shown in the usage line, checked unless examples are asked for. */
  readonly required?: readonly string[];
  /** Positional arguments, shown as <NAME> / [NAME]. */
  readonly positionals?: readonly { readonly name: string; readonly required: boolean; readonly help: string }[];
  /** clap's long_about: shown by --help instead of `about` (-h shows `about`). */
  readonly longAbout?: string;
  /** clap's next_line_help(true): every help text on the line below its flag. */
  readonly nextLineHelp?: boolean;
}

// Tables are declared through these identity functions so TypeScript keeps their literal types:
// each command's flag keys, and which flags have a default or must be given, become types.
export const flag = <const F extends Flag>(f: F): F => f;
export const flagList = <const L extends readonly Flag[]>(l: L): L => l;
export const commandSpec = <const S extends CommandSpec>(s: S): S => s;

/** The key a flag is read by: its long name, or its short one when it has none (-v). */
type KeyOf<F> = F extends { readonly long: infer L extends string }
  ? L
  : F extends { readonly short: infer S extends string }
    ? S
    : never;

/** A flag's text: one of its possible values when the table lists them. */
type TextOf<F> = F extends { readonly possibleValues: readonly (infer P extends string)[] } ? P : string;

/**
 * What reading a flag gives: counts a number, switches a boolean, repeatables every value; a
 * flag with a default or that must be given a string, any other valued flag string | undefined.
 */
type ValueOf<F> = F extends { readonly count: true }
  ? number
  : F extends { readonly valueName: string }
    ? F extends { readonly repeatable: true }
      ? string[]
      : F extends { readonly default: string } | { readonly required: true }
        ? TextOf<F>
        : TextOf<F> | undefined
    : boolean;

/** Flags a spec names in its own `required` list (sign-transaction, the transaction subcommands). */
type SpecRequired<S> = S extends { readonly required: readonly (infer K extends string)[] }
  ? { readonly [P in K]: string }
  : unknown;

/** A command's flag values by key, typed from its table. */
export type FlagsOf<S extends { readonly flags: readonly Flag[] }> = {
  readonly [F in S['flags'][number] as KeyOf<F>]: ValueOf<F>;
} & SpecRequired<S>;

export const flagKey = (f: Flag): string => f.long ?? f.short ?? '';

export function display(f: Flag): string {
  if (f.count) return `-${f.short}...`;
  const name = f.long !== undefined ? `--${f.long}` : `-${f.short}`;
  if (f.valueName === undefined) return name;
  return f.optionalValue ? `${name} [<${f.valueName}>]` : `${name} <${f.valueName}>`;
}

const hasExamples = (spec: CommandSpec): boolean => spec.flags.some((f) => f.long === 'show-simple-arg-examples');

/**
 * clap's .required(true). A flag required unless -e/-j is given is plainly required in a command
 * that has no -e/-j (transfer and make-transfer here).
 */
export function isRequired(spec: CommandSpec, f: Flag): boolean {
  if (spec.required?.includes(flagKey(f))) return true;
  return f.required === true || (f.requiredUnlessExamples === true && !hasExamples(spec));
}

/** Required only while -e/-j is absent: clap leaves it out of the usage line. */
export function isRequiredUnlessExamples(spec: CommandSpec, f: Flag): boolean {
  return f.requiredUnlessExamples === true && hasExamples(spec);
}
