// Runtime args from the command line: the simple NAME:TYPE='VALUE' grammar, JSON args and the
// complex-args file. Pure: no printing, and no I/O but reading the file a flag names.
export { ArgError } from './errors.js';
export { findDuplicateArgNames, parseSimpleArg, parseSimpleArgs, SIMPLE_TYPE_LIST } from './simple.js';
export { parseJsonArgs } from './json-args.js';
export { parseComplexArgs, readComplexArgsFile } from './complex.js';
export { allJsonExamples, ARG_TYPE_TABLE, type ArgTypeRow, jsonArgExamplesText, OPTIONAL_TABLE, simpleArgExamplesText } from './examples.js';
