import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { REFUSAL_GROUNDS } from '../../../domain/complaint/complaint.js';

// Loaded by schemas.ts before its own body runs, so it extends zod itself (a second call is a no-op).
extendZodWithOpenApi(z);

const date = z.string().openapi({ format: 'date', example: '2026-12-01' });

/** Issue 13's fields on the complaint as the API shows it (spread into ComplaintResponse). */
export const complaintAdditionsOut = {
  matter: z
    .object({
      arose: date,
      basis: z.enum(['occurred', 'became_aware']),
      discretion: z.object({ reason: z.string(), decidedBy: z.string(), decidedOn: date }).strict().optional(),
    })
    .strict()
    .optional()
    .openapi({ description: '2.3: when the matter arose (or the resident became aware), and any discretion used to accept it after 12 months' }),
  issuesAdded: z
    .array(z.object({ id: z.string(), description: z.string(), outcomesSought: z.array(z.string()), raisedOn: date, addedBy: z.string() }).strict())
    .optional()
    .openapi({ description: '6.8: related issues joined to the complaint before its stage 1 response' }),
  links: z
    .array(
      z
        .object({
          relation: z.enum(['new_issue_logged_as', 'new_issue_of', 'merged_into', 'merged_from']),
          complaintId: z.string(),
          reference: z.string(),
          on: date,
          by: z.string(),
          reason: z.string().optional(),
          sameResidentConfirmed: z.literal(true).optional(),
        })
        .strict(),
    )
    .optional()
    .openapi({ description: 'Other complaints this one points at: a new issue logged separately (6.8), or a merge' }),
  reopening: z
    .object({
      directedOn: date,
      ombudsmanReference: z.string(),
      direction: z.string(),
      recordedBy: z.string(),
      refusal: z.object({ stage: z.union([z.literal(1), z.literal(2)]).openapi({ type: 'integer', enum: [1, 2] }), ground: z.enum(REFUSAL_GROUNDS), explanation: z.string(), refusedOn: date }).strict(),
      previouslyReceivedOn: date,
    })
    .strict()
    .optional()
    .openapi({ description: '2.4: accepted after a refusal at the Ombudsman’s direction; the refusal is kept here' }),
};
