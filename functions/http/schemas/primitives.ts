import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isPlainDate } from '../../../domain/calendar/plain-date.js';
import { LIMITS } from '../limits.js';

// The field rules every schema module shares. They live apart from schemas.ts, which imports the topic
// modules for the complaint's answer, so those modules can use them without importing schemas.ts back.
extendZodWithOpenApi(z);

/** Text is limited in bytes of UTF-8, which is what the store counts (see limits.ts). */
export const text = (maxBytes: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxBytes)
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes, `must be at most ${maxBytes} bytes in UTF-8`);
export const texts = (limit: { items: number; bytes: number }) => z.array(text(limit.bytes)).max(limit.items);
export const plainDate = z.string().refine(isPlainDate, 'must be a calendar date YYYY-MM-DD').openapi({ format: 'date', example: '2026-12-01' });
export const dateTime = z.string().datetime({ offset: true }).openapi({ example: '2026-11-24T10:15:00Z' });
export const email = z.string().email().max(LIMITS.email);
