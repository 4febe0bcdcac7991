import { MAX_EXTENSIONS_PER_STAGE, MAX_EXTENSION_WORKING_DAYS_PER_STAGE } from '../../domain/complaint/extension-limits.js';

/**
 * What DynamoDB can hold, and so what a caller may send. Every string limit is in bytes of UTF-8 (the
 * store counts bytes; ASCII text gets that many characters, other text fewer), every array has a
 * maximum length, and together they make the largest legal complaint, with its whole history, fit
 * and still able to take every change the Code allows.
 *
 * The store: an item is at most 400 KB (409,600 bytes of names and values) and a TransactWriteItems
 * at most 100 items. A change commits the complaint, its audit event, its letters and its schedule
 * moves in one transaction (ARCHITECTURE.md), so each of those must fit, and their count too.
 *
 * Items per transaction. A change's schedule moves, however many (two keys, reminder and check, per open
 * step; at most 45 open steps: the next acknowledge or respond and the one it replaces, the 5.9 update,
 * the dated remedies and actions of both responses, 2 x (10 + 10), and a review), go in one outbox
 * message, a few KB (180 moves: under 60 KB). So a change writes at most: settings check, staff check,
 * complaint, event, inbound marker and the schedule message (never more than 6 together), plus per copy of
 * a letter 1 item by email or 3 by post (the letter, its pointer, its correspondence), at most 6 copies:
 * 6 + 18 = 24 <= 100. Measured largest: see test/integration/store-limits.test.ts.
 *
 * Bytes per item, upper bounds (every field at its limit; in letters every character a `"`, 1 byte
 * stored, 6 in HTML and 1 in plain text, so a byte of input costs at most 7 bytes of letter):
 *
 * | part                              | from                                                          | bytes  |
 * |-----------------------------------|---------------------------------------------------------------|--------|
 * | I  intake                         | emailed: 20,000 characters of description (<= 60,040 bytes); | 62,000 |
 * |                                   | by API: 20,000 + 20 x 500 + resident, representative          |        |
 * | S  one stage's record             | definition 5,000 + 20 x 500 + 10 x 500 + 5 x 1,700 = 28,500;  | 56,000 |
 * |                                   | 5 extensions x 2,100; reasons 16,000; names, dates            |        |
 * | R  one stage's remedies, actions  | 20 x (1,000 + id, kind, amount, dates, names ~130)            | 22,600 |
 * | E  escalation, closing            | 2,000 + 10 x 500; closing reason 2,000 (a refusal 5,000)      | 12,000 |
 * | H  history                        | 344 (step, due date) pairs x (overdue 106 + reminder 70)      | 60,500 |
 * |    schedules                      | 90 keys x ~160                                                | 14,400 |
 * | P  people (issue 13)              | representative 1,900; a lead's group of 10 x 1,250; 11        | 70,000 |
 * |                                   | residents' adjustments x 6 x 200; 5 restrictions x 7,200;    |        |
 * |                                   | one review step (2 schedules, its reminder and overdue mark) |        |
 *
 * - complaint item: I + 2S + 2R + E + H + schedules + ids, deadlines, index keys (~3,000) = 308,000,
 *   and P = 378,000. Measured (test/integration/store-limits.test.ts): 297,595 without P; with P at its
 *   limits 340,161 (a group written to each), 356,790 (a lead naming ten, each with six adjustments).
 * - copies of a letter (issue 13): one per addressee, the representative and the resident (3.6) and up to
 *   4 others of a group written to each: at most 6 copies of a letter of at most 393,400 bytes, 2.4 MB, in
 *   a transaction of at most 4 MB (measured 2,378,924).
 * - audit event: the fields a change touched, before and after. Largest, the stage 2 response:
 *   stages before and after 4S = 224,000, remedies and actions 3R = 67,800, the overdue list before
 *   and after 2 x 36,500 = 73,000: 365,000. Measured: 335,113.
 * - letter, text and HTML (the response): 7 x (understanding 5,000 + outcomes 10,000 + reasons 16,000
 *   + 20 items x ~1,040) + names and wording ~8,000 = 371,000; a stage 2 response also names the stage 1
 *   remedies and actions still open, each in at most 120 characters: 20 x 7 x ~160 = 22,400, so 393,400.
 *   Measured: 364,807.
 * - the 344 pairs: per stage one acknowledge, a response moved by at most 5 extensions (6), and a 5.9
 *   update at most every working day from acknowledgement to the last extended date (10 + 130 working
 *   days at stage 1, 20 + 130 at stage 2); plus the 40 dated remedies and actions:
 *   7 + 140 + 7 + 150 + 40 = 344. That is why extensions are capped per stage (domain/complaint/extension-limits.ts).
 *
 * Everything else is its own item and small: correspondence (summary 20,000; measured 75,981 for an
 * emailed complaint's first message), settings (20 addresses, 366 closure days), staff.
 */
export const STORE = { itemBytes: 400 * 1024, transactionItems: 100, transactionBytes: 4 * 1024 * 1024 } as const;

export const LIMITS = {
  name: 200,
  email: 320,
  phone: 40,
  address: 500,
  reference: 100,
  category: 100,
  description: 20_000,
  reasonableAdjustments: { items: 20, bytes: 500 },
  definition: {
    understanding: 5_000,
    outcomesSought: { items: 20, bytes: 500 },
    notResponsibleFor: { items: 10, bytes: 500 },
    excludedParts: { items: 5, description: 500, ground: 200, explanation: 1_000 },
  },
  extension: {
    perStage: MAX_EXTENSIONS_PER_STAGE,
    workingDays: MAX_EXTENSION_WORKING_DAYS_PER_STAGE,
    reason: 1_000,
    goodReason: 1_000,
  },
  response: { reasons: 16_000, remedies: 10, outstandingActions: 10, itemDescription: 1_000 },
  escalation: { reason: 2_000, parts: { items: 10, bytes: 500 } },
  refusal: { explanation: 5_000 },
  /** Withdrawing or closing. */
  reason: 2_000,
  correspondence: { summary: 20_000, counterparty: 200 },
  settings: { inboundAddresses: 20, closureDays: 366 },
  /** Representatives, group members (domain/residents/group.ts: 10), adjustments and restrictions: see P above. */
  residents: { consentNote: 500, adjustments: 6, adjustmentDetail: 200, restriction: 1_000, reasons: 5, reasonDetail: 500, proportionality: 2_000, endReason: 1_000 },
} as const;
