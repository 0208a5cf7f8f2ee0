import type { MemberLink } from '@mockloop/shared/group/contract';
import { TARGET_ROLE_LABELS, TARGET_ROLES, type TargetRole } from '@mockloop/shared/loop/target-role-labels';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { groupsApi } from '../../api/groups';
import { isApiError } from '../../api/http';
import { browserTimeZone, timeZoneOptions } from '../loop-setup/timeZones';

/** Adds one member; their link is shown once by the caller. */
export function AddMemberForm({ groupId, token, onAdded, disabled }: { groupId: string; token: string; onAdded(link: MemberLink): void; disabled: boolean }) {
  const [name, setName] = useState('');
  const [targetRole, setTargetRole] = useState<TargetRole>('product-manager');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const add = useMutation({
    mutationFn: () => groupsApi.addMember(groupId, token, { name, targetRole, timeZone, wantsToBeCandidate: true }),
    onSuccess: (link) => {
      setName('');
      onAdded(link);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="card stack--tight" aria-labelledby="add-member-title" onSubmit={submit}>
      <h3 id="add-member-title">Add a member</h3>
      <div className="group-inline">
        <div className="field">
          <label className="field__label" htmlFor="add-member-name">
            Name
          </label>
          <input id="add-member-name" className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="add-member-role">
            Target role
          </label>
          <select id="add-member-role" className="input" value={targetRole} onChange={(e) => setTargetRole(e.target.value as TargetRole)}>
            {TARGET_ROLES.map((role) => (
              <option key={role} value={role}>
                {TARGET_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="add-member-zone">
            Time zone
          </label>
          <select id="add-member-zone" className="input" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {timeZoneOptions().map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={disabled || add.isPending || name.trim() === ''}>
          Add
        </button>
      </div>
      {add.isError && <p className="text-error" role="alert">{isApiError(add.error) ? add.error.message : 'The member could not be added.'}</p>}
    </form>
  );
}
