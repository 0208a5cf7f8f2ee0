import { bankOpFieldKey } from '@mockloop/shared/bank/ops';
import type { BankPatchOp } from '@mockloop/shared/bank/contract';
import { bankApi } from '../../api/bank';
import { isApiError } from '../../api/http';

export type SaveState = 'saved' | 'saving' | 'offline' | { problem: string };

/**
 * Autosave of the bank: edits queue, a text field's later value replaces its earlier one
 * while still queued, and one patch is in flight at a time with the next seq. A patch that
 * did not reach the server is sent again with the same seq, so the server applies it once.
 */
export function createBankSaver(ownerToken: string, onState: (state: SaveState) => void) {
  const clientId = `bank-${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  let seq = 0;
  let queued: BankPatchOp[] = [];
  let sending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: (() => void)[] = [];

  function edit(op: BankPatchOp, debounce = false) {
    const key = bankOpFieldKey(op);
    const replaces = op.op === 'setStoryText' || op.op === 'setStoryLps';
    queued = replaces ? [...queued.filter((q) => bankOpFieldKey(q) !== key), op] : [...queued, op];
    onState('saving');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounce ? 600 : 0);
  }

  async function flush() {
    if (sending || queued.length === 0) return;
    sending = true;
    const patch = { clientId, seq: ++seq, ops: queued.splice(0, 50) };
    for (let delay = 1000; ; delay = Math.min(delay * 2, 15_000)) {
      try {
        await bankApi.patch(ownerToken, patch);
        break;
      } catch (error) {
        if (!isApiError(error) || error.code !== 'unavailable') {
          // Refused for good: the server recorded nothing, so the next patch takes this number.
          seq--;
          onState({ problem: isApiError(error) ? error.message : 'Could not save.' });
          sending = false;
          return;
        }
        onState('offline');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    sending = false;
    if (queued.length) return flush();
    onState('saved');
    for (const resolve of idle.splice(0)) resolve();
  }

  /** Resolves once everything edited so far is saved. */
  const whenSaved = () => (queued.length === 0 && !sending ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)));

  return { edit, whenSaved };
}
