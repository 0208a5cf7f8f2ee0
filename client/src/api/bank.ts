import type { Bank, BankExport, BankFormat, BankOwnerLink, BankPatch, BankPatchAck, BankSelfCheck, BankSuggestions, LoopBank } from '@mockloop/shared';
import { apiFetch } from './http';

/** The story bank over HTTP: the owner's calls carry the bank's owner token, the loop's calls an invite token. */
export const bankApi = {
  read: (ownerToken: string) => apiFetch<Bank>('/api/bank', { token: ownerToken }),
  patch: (ownerToken: string, patch: BankPatch) => apiFetch<BankPatchAck>('/api/bank/patches', { method: 'POST', token: ownerToken, body: patch }),
  import: (ownerToken: string, format: BankFormat, text: string) =>
    apiFetch<{ added: number; version: number }>('/api/bank/import', { method: 'POST', token: ownerToken, body: { format, text } }),
  export: (ownerToken: string, format: BankFormat) => apiFetch<BankExport>(`/api/bank/export?format=${format}`, { token: ownerToken }),
  check: (ownerToken: string) => apiFetch<BankSelfCheck>('/api/bank/check', { token: ownerToken }),
  suggest: (ownerToken: string, storyId: string) => apiFetch<BankSuggestions>(`/api/bank/stories/${storyId}/suggestions`, { token: ownerToken }),
  loop: (loopId: string, token: string) => apiFetch<LoopBank>(`/api/loops/${loopId}/bank`, { token }),
  createForMember: (groupId: string, memberToken: string) => apiFetch<BankOwnerLink>(`/api/groups/${groupId}/me/bank`, { method: 'POST', token: memberToken }),
  create: (loopId: string, token: string) => apiFetch<BankOwnerLink>(`/api/loops/${loopId}/bank`, { method: 'POST', token }),
  attach: (loopId: string, token: string, ownerToken: string) => apiFetch<LoopBank>(`/api/loops/${loopId}/bank/attach`, { method: 'POST', token, body: { ownerToken } }),
  share: (loopId: string, token: string, shared: boolean) => apiFetch<LoopBank>(`/api/loops/${loopId}/bank/share`, { method: 'POST', token, body: { shared } }),
};
