import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp.ts';

describe('the Content-Security-Policy', () => {
  it('is strict: scripts only from the app, workers from the app or blobs, no eval, no inline', () => {
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['worker-src']).toBe("'self' blob:");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('is the one the README gives as a header for hosts', () => {
    expect(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });
});
