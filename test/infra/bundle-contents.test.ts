import { describe, expect, it } from 'vitest';
import { buildBundle } from '../bench/bundle-budget.bench.js';

describe('what each bundle carries (issue 12: PDF rendering only where PDFs are rendered)', () => {
  it('the http-api, dispatcher and deadline-check bundles carry neither pdf-lib nor fflate; the documents bundle carries both', async () => {
    for (const entry of ['http-api', 'outbox-dispatcher', 'deadline-check']) expect((await buildBundle(entry)).rendering, entry).toEqual([]);
    expect((await buildBundle('documents')).rendering).toEqual(['pdf-lib', 'fflate']);
  }, 60_000);
});
