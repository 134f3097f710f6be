/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True in a build made for the tests and the bench (`--mode test`): see src/map/test-hooks.ts. */
  readonly VITE_TEST_HOOKS?: boolean;
}
