/**
 * A setup file of the browser tests (vitest.config.ts): when global-setup.ts found no Chromium
 * that starts, each browser test file fails here, before its own `beforeAll`, with that reason.
 */
import { beforeAll, inject } from 'vitest';

beforeAll(() => {
  const error = inject('browserSetupError');
  if (error) throw new Error(error);
});
