/**
 * Builds the production app once for all browser tests and serves it on localhost; the tests
 * read its URL with `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, dispose } = await buildAndServe();
  project.provide('baseUrl', url);
  return dispose;
}
