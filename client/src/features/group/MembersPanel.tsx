import type { GroupMemberView, MemberLink } from '@mockloop/shared/group/contract';
import { TARGET_ROLE_LABELS } from '@mockloop/shared/loop/target-role-labels';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { groupsApi } from '../../api/groups';
import { CopyLink } from '../loop-setup/links/CopyLink';
import { AddMemberForm } from './AddMemberForm';
import { ConfirmDialog } from './ConfirmDialog';

/** The organizer's member list: link states, new links, revoking (asked first), history. */
export function MembersPanel({ groupId, token, members }: { groupId: string; token: string; members: GroupMemberView[] }) {
  const queryClient = useQueryClient();
  const [fresh, setFresh] = useState<MemberLink | null>(null);
  const [revoking, setRevoking] = useState<GroupMemberView | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['group', groupId] });
  const reissue = useMutation({ mutationFn: (memberId: string) => groupsApi.reissueLink(groupId, memberId, token), onSuccess: (link) => (setFresh(link), refresh()) });
  const revoke = useMutation({ mutationFn: (memberId: string) => groupsApi.revokeLink(groupId, memberId, token), onSuccess: refresh });

  return (
    <section className="stack" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <div className="group-table-wrap" tabIndex={0} role="region" aria-label="Members">
        <table className="loop-table">
          <caption className="visually-hidden">Members of the group</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Link</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link to={`/groups/${groupId}/members/${m.id}`}>{m.name}</Link>
                  <span className="loop-table__sub">
                    {TARGET_ROLE_LABELS[m.targetRole]} · {m.timeZone}
                    {m.wantsToBeCandidate ? '' : ' · only interviews'}
                  </span>
                </th>
                <td>{m.linkActive ? 'Active' : 'Revoked'}</td>
                <td className="group-actions">
                  <button type="button" className="button" onClick={() => reissue.mutate(m.id)}>
                    New link<span className="visually-hidden"> for {m.name}</span>
                  </button>
                  {m.linkActive && (
                    <button type="button" className="button" onClick={() => setRevoking(m)}>
                      Revoke<span className="visually-hidden"> {m.name}'s link</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fresh && (
        <div className="card stack--tight" role="status">
          <p>
            New link for <strong>{fresh.name}</strong> (shown once; the old one no longer works):
          </p>
          <CopyLink id="fresh-member-link" url={fresh.url} label={`Link for ${fresh.name}`} />
        </div>
      )}
      <AddMemberForm groupId={groupId} token={token} onAdded={(link) => (setFresh(link), refresh())} disabled={members.length >= 12} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? ''}'s link?`}
        confirmLabel="Revoke the link"
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id);
          setRevoking(null);
        }}
      >
        <p>The link stops working at once and they leave future series. Their loops and history stay. You can give them a new link later.</p>
      </ConfirmDialog>
    </section>
  );
}
