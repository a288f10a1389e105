// One table of flags per command drives the parser, the help text and the usage errors, so names,
// aliases, value names and defaults live in exactly one place (they must match casper-client 2.0.0).

export interface Flag {
  long?: string;
  short?: string;
  /** Shown as <VALUE>; absent for switches. */
  valueName?: string;
  help: string;
  /** Shown as [default: …] and used when the flag is absent. */
  default?: string;
  repeatable?: boolean;
  /** -v, -vv: counted, shown as "-v...". */
  count?: boolean;
  /** --speculative-exec [<X>]: the value may be left out. */
  optionalValue?: boolean;
  /** Extra long names accepted but not shown. */
  aliases?: string[];
  /** Extra short names accepted but not shown (clap's short_alias). */
  shortAliases?: string[];
  /** Must be given (clap's required(true)); shown in the usage line. */
  required?: boolean;
  hidden?: boolean;
  /** clap's PossibleValuesParser / ValueEnum: the only values accepted, matched case-sensitively. */
  possibleValues?: string[];
  /** clap's required_unless_present(-e/-j): not in the usage line (clap leaves it out), said in the help. */
  requiredUnlessExamples?: boolean;
  /**
   * clap's display_order: the help lists flags by (order, then -x/--long name). A flag without one
   * follows the flag before it in the table (this client's own flags sit after the Rust flag they
   * belong with); a table without any keeps its own order.
   */
  order?: number;
  /** clap's long_help: shown by --help instead of the help text (-h shows the short one). */
  longHelp?: string;
}

/** A one-of group: `required` groups need exactly one member present, others at most one. */
export interface FlagGroup {
  name: string;
  members: string[];
  required: boolean;
}

export interface CommandSpec {
  name: string;
  about: string;
  flags: Flag[];
  groups: FlagGroup[];
  /** flag → flags it needs. */
  requires: Record<string, string[]>;
  /** Flags clap marks `.required(true)`: shown in the usage line, checked unless examples are asked for. */
  required?: string[];
  /** Positional arguments, shown as <NAME> / [NAME]. */
  positionals?: { name: string; required: boolean; help: string }[];
  /** clap's long_about: shown by --help instead of `about` (-h shows `about`). */
  longAbout?: string;
  /** clap's next_line_help(true): every help text on the line below its flag. */
  nextLineHelp?: boolean;
}

export const flagKey = (f: Flag): string => f.long ?? f.short!;

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
