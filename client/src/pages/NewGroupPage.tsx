import type { CreateGroupResponse } from '@mockloop/shared/group/contract';
import { TARGET_ROLE_LABELS, TARGET_ROLES, type TargetRole } from '@mockloop/shared/loop/target-role-labels';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { groupsApi } from '../api/groups';
import { isApiError } from '../api/http';
import { CopyLink } from '../features/loop-setup/links/CopyLink';
import { browserTimeZone, timeZoneOptions } from '../features/loop-setup/timeZones';
import { saveGroupToken } from '../session/groupTokens';
import '../features/loop-setup/loop-setup.css';
import '../features/group/group.css';

type MemberDraft = { key: number; name: string; targetRole: TargetRole; timeZone: string; wantsToBeCandidate: boolean };
const MAX_MEMBERS = 12;

const blank = (key: number): MemberDraft => ({ key, name: '', targetRole: 'product-manager', timeZone: browserTimeZone(), wantsToBeCandidate: true });

/** Set up a peer group: its name, the organizer, and each member with role and time zone. */
export default function NewGroupPage() {
  const [name, setName] = useState('');
  const [organizer, setOrganizer] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>(() => [0, 1, 2, 3, 4].map(blank));
  const [nextKey, setNextKey] = useState(5);
  const create = useMutation({
    mutationFn: () =>
      groupsApi.create({
        name,
        organizer: { name: organizer },
        members: members.filter((m) => m.name.trim() !== '').map(({ key: _key, ...m }) => m),
      }),
    onSuccess: (created) => saveGroupToken(created.groupId, 'organizer', created.organizer.token),
  });

  if (create.data) return <GroupLinks created={create.data} />;

  const update = (key: number, change: Partial<MemberDraft>) => setMembers((list) => list.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const zones = timeZoneOptions();

  return (
    <>
      <title>Set up a peer group — MockLoop</title>
      <form className="stack" aria-labelledby="new-group-title" onSubmit={submit} noValidate>
        <h1 id="new-group-title">Set up a peer group</h1>
        <p className="lead">A standing group that takes turns: everyone is a candidate once per series and interviews the others.</p>
        <div className="field-grid">
          <div className="field">
            <label className="field__label" htmlFor="group-name">
              Group name
            </label>
            <input id="group-name" className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="group-organizer">
              Your name (organizer)
            </label>
            <input id="group-organizer" className="input" value={organizer} onChange={(e) => setOrganizer(e.target.value)} required maxLength={80} />
          </div>
        </div>
        <fieldset className="stack group-members-fieldset">
          <legend>Members</legend>
          <p className="field__hint">Add yourself too if you take part. Each member gets a personal link; nobody signs up.</p>
          <ol className="group-member-rows">
            {members.map((member, index) => (
              <li key={member.key} className="card group-member-row">
                <div className="field">
                  <label className="field__label" htmlFor={`member-${member.key}-name`}>
                    Member {index + 1} name
                  </label>
                  <input id={`member-${member.key}-name`} className="input" value={member.name} maxLength={80} onChange={(e) => update(member.key, { name: e.target.value })} />
                </div>
                <div className="field">
                  <label className="field__label" htmlFor={`member-${member.key}-role`}>
                    Target role
                  </label>
                  <select id={`member-${member.key}-role`} className="input" value={member.targetRole} onChange={(e) => update(member.key, { targetRole: e.target.value as TargetRole })}>
                    {TARGET_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {TARGET_ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label className="field__label" htmlFor={`member-${member.key}-zone`}>
                    Time zone
                  </label>
                  <select id={`member-${member.key}-zone`} className="input" value={member.timeZone} onChange={(e) => update(member.key, { timeZone: e.target.value })}>
                    {zones.map((zone) => (
                      <option key={zone}>{zone}</option>
                    ))}
                  </select>
                </div>
                <label className="group-check">
                  <input type="checkbox" checked={member.wantsToBeCandidate} onChange={(e) => update(member.key, { wantsToBeCandidate: e.target.checked })} /> Wants to be a candidate
                </label>
                <button type="button" className="button" onClick={() => setMembers((list) => list.filter((m) => m.key !== member.key))}>
                  Remove<span className="visually-hidden"> member {index + 1}</span>
                </button>
              </li>
            ))}
          </ol>
          <p>
            <button
              type="button"
              className="button"
              disabled={members.length >= MAX_MEMBERS}
              onClick={() => {
                setMembers((list) => [...list, blank(nextKey)]);
                setNextKey((k) => k + 1);
              }}
            >
              Add a member
            </button>
          </p>
        </fieldset>
        {create.isError && (
          <p className="alert alert--danger" role="alert">
            {isApiError(create.error) ? create.error.message : 'The group could not be created. Try again.'}
          </p>
        )}
        <p>
          <button type="submit" className="button button--primary button--large" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create the group'}
          </button>
        </p>
      </form>
    </>
  );
}

function GroupLinks({ created }: { created: CreateGroupResponse }) {
  return (
    <>
      <title>Share the member links — MockLoop</title>
      <section className="stack" aria-labelledby="group-links-title">
        <h1 id="group-links-title">Your group is ready: share the member links</h1>
        <div className="alert alert--warning">
          <p>
            <strong>These links are shown only once.</strong> Send each member theirs privately: it opens their home with every loop
            they take part in. A lost link can be re-issued from the group page.
          </p>
        </div>
        <ul className="link-list">
          <li className="card link-card">
            <h2 className="link-card__name">Your organizer link</h2>
            <CopyLink id="group-organizer-link" url={created.organizer.url} label="Link for you, the organizer" />
          </li>
          {created.members.map((member) => (
            <li key={member.memberId} className="card link-card">
              <h2 className="link-card__name">{member.name}</h2>
              <CopyLink id={`member-link-${member.memberId}`} url={member.url} label={`Link for ${member.name}`} />
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/groups/${created.groupId}`} className="button button--primary button--large">
            Go to the group page
          </Link>
        </p>
      </section>
    </>
  );
}
