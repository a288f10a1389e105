// Text from a node (an HTTP error body, an execution error message) can hold terminal escapes: ESC
// sequences that move the cursor, rewrite the title or hide what came before. Escaped as \u00XX
// before they reach a terminal, so the user sees them for what they are.

// C0 controls, DEL and the C1 range (U+009B is a one-character CSI on some terminals).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
