// Runtime args from the command line: the simple NAME:TYPE='VALUE' grammar, JSON args and the
// complex-args file. Pure: no printing, and no I/O but reading the file a flag names.
export { findDuplicateArgNames, parseSimpleArgs } from './simple.js';
export { parseJsonArgs } from './json-args.js';
export { readComplexArgsFile } from './complex.js';
export { ARG_TYPE_TABLE, jsonArgExamplesText, OPTIONAL_TABLE, simpleArgExamplesText } from './examples.js';
