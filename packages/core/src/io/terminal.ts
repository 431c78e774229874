/**
 * Text bound for a terminal, made safe: a corpus text or an argument holding ESC sequences would
 * otherwise move the cursor, retitle the window or clear the screen. Every control character but
 * tab and newline is shown as a visible escape (`\x1b`, `\u009b`); printable text is unchanged.
 * Data written to files is never passed through this.
 */
// C0 controls but TAB and LF, DEL, C1 controls, and the bidi overrides that reorder what a reader sees.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with control characters and bidi overrides made visible, safe to print to a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
