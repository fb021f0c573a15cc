// The report form's copy on this device: every edit is written to
// localStorage (by user and slot, so a shared phone never hands one person's
// text to another), and a form opened again takes it back when it differs from
// what the server has: a session that expired mid-sentence, a crashed WeChat
// tab, a network that never came back. Cleared once the report is submitted.
import type { DraftFields } from "./draft-state";

export interface LocalDraft {
  fields: DraftFields;
  /** The server version the text was typed on: restoring it onto a newer one is a conflict, never an overwrite. */
  version: number;
}

export interface LocalDraftStore {
  read(): LocalDraft | null;
  write(draft: LocalDraft): void;
  clear(): void;
}

const KEY_PREFIX = "eduplan:report-draft";

function isLocalDraft(value: unknown): value is LocalDraft {
  const v = value as Partial<LocalDraft> | null;
  return typeof v === "object" && v !== null && typeof v.version === "number" && typeof v.fields?.summary === "string";
}

/** Storage that is full, disabled (private mode) or holds garbage behaves like an empty one: the form works without it. */
export function localDraftStore(storage: Storage, userId: string, slotId: string): LocalDraftStore {
  const key = `${KEY_PREFIX}:${userId}:${slotId}`;
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(key) ?? "null");
        return isLocalDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(draft) {
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch {
        // Quota or private mode: the server draft still saves.
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to clean up when storage refuses.
      }
    },
  };
}
