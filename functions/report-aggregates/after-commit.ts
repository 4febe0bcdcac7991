import type { Complaint } from '../../domain/complaint/complaint.js';
import type { ComplaintStore } from '../../domain/ports/complaint-store.port.js';

export interface AggregateApplier {
  apply(complaint: Complaint): Promise<unknown>;
}

/**
 * Where there is no table stream (the local stack, tests), counters are brought up to date right after
 * each commit, through the same idempotent `apply` the stream consumer uses. A failure here never fails
 * the change: the commit stands, and the next change to that complaint or a rebuild catches up.
 */
export function aggregatingAfterCommit(store: ComplaintStore, aggregates: AggregateApplier, onError: (error: unknown) => void): ComplaintStore {
  const after = async (complaint: Complaint): Promise<void> => {
    try {
      await aggregates.apply(complaint);
    } catch (error) {
      onError(error);
    }
  };
  return Object.assign(Object.create(store) as ComplaintStore, {
    create: async (...args: Parameters<ComplaintStore['create']>) => {
      const built = await store.create(...args);
      await after(built.transition.complaint);
      for (const other of built.extras?.alsoSave ?? []) await after(other.built.transition.complaint);
      return built;
    },
    save: async (...args: Parameters<ComplaintStore['save']>) => {
      await store.save(...args);
      await after(args[0].transition.complaint);
      // A merge or a new issue logged separately (6.8) changes a second complaint in the same commit.
      for (const other of args[0].extras?.alsoSave ?? []) await after(other.built.transition.complaint);
    },
  });
}
