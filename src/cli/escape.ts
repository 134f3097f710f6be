/**
 * Showing untrusted text (a command line's arguments) in a terminal: control characters become
 * visible escapes instead of acting on the terminal. ESC could start a colour or a title change,
 * BEL rings, CR rewrites the line already shown, a newline forges a line of output, C1 controls
 * (U+0080–U+009F) are escapes to some terminals, and bidirectional controls reorder what is shown.
 */

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi controls.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const hex = (c: string, width: number) => c.codePointAt(0)!.toString(16).padStart(width, '0');

/**
 * `s` with every control character as a visible escape: `\x1b` for those below U+0100, `\u202e`
 * for the rest; a backslash becomes `\\`, so an escape shown always stands for a control.
 *
 * @example
 * escapeControls('kun\u001b[31m\n'); // 'kun\\x1b[31m\\x0a'
 */
export function escapeControls(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(CONTROLS, (c) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * `s` in double quotes for a message, with its controls escaped (and its double quotes, so the
 * quoted value cannot seem to end early).
 *
 * @example
 * quote('a"b\u0007'); // '"a\\"b\\x07"'
 */
export function quote(s: string): string {
  return `"${escapeControls(s).replace(/"/g, '\\"')}"`;
}

/**
 * `JSON.stringify(value)` safe to print to a terminal: JSON already escapes C0 controls; this also
 * escapes DEL, the C1 controls, the line separators and the bidi controls as `\u` escapes, which
 * JSON reads back as the same characters.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(CONTROLS, (c) => `\\u${hex(c, 4)}`);
}
