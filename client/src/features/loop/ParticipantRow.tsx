import { formatInZone, type ParticipantLink, type ParticipantStatus } from '@mockloop/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { loopsApi } from '../../api/loops';
import { Badge, BarRaiserBadge } from './Badges';
import { CopyField } from './CopyField';
import { ROLE_LABELS } from './format';
import { loopKey } from './queries';

type Props = {
  loopId: string;
  token: string;
  person: ParticipantStatus;
  roundPosition: number | undefined;
  timeZone: string;
  isViewer: boolean;
};

type Panel = { kind: 'none' } | { kind: 'confirm-revoke' } | { kind: 'new-link'; link: ParticipantLink };

const COLUMNS = 6;

/** One person in the loop, plus a row below it for the revoke question or a freshly issued link. */
export function ParticipantRow({ loopId, token, person, roundPosition, timeZone, isViewer }: Props) {
  const queryClient = useQueryClient();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const revokeButton = useRef<HTMLButtonElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: loopKey(loopId) });

  const reissue = useMutation({
    mutationFn: () => loopsApi.reissueLink(loopId, person.id, token),
    onSuccess: (link) => {
      setPanel({ kind: 'new-link', link });
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => loopsApi.revokeLink(loopId, person.id, token),
    onSuccess: () => {
      setPanel({ kind: 'none' });
      void refresh();
    },
  });
  const failed = reissue.isError ? 'The link could not be re-issued. Try again.' : revoke.isError ? 'The link could not be revoked. Try again.' : null;

  function cancelRevoke() {
    setPanel({ kind: 'none' });
    revoke.reset();
    revokeButton.current?.focus();
  }

  return (
    <>
      <tr className={panel.kind === 'none' ? undefined : 'loop-table__row--open'}>
        <th scope="row" data-label="Name">
          <span className="loop-table__strong">{person.name}</span>
          {isViewer ? <span className="loop-table__sub">You</span> : null}
        </th>
        <td data-label="Role">
          <span className="loop-table__with-badge">
            {ROLE_LABELS[person.role]}
            {person.isBarRaiser ? <BarRaiserBadge /> : null}
          </span>
        </td>
        <td data-label="Round" className="loop-table__nowrap">{roundPosition !== undefined ? `Round ${roundPosition}` : <span className="text-muted">—</span>}</td>
        <td data-label="Link">
          <LinkState person={person} timeZone={timeZone} />
        </td>
        <td data-label="Last seen" className="loop-table__nowrap">
          {person.lastSeenAt ? formatInZone(person.lastSeenAt, timeZone) : <span className="text-muted">Not yet</span>}
        </td>
        <td data-label="Actions" className="loop-table__actions">
          {isViewer ? null : (
            <span className="loop-table__buttons">
              <button
                type="button"
                className="button loop-button--small"
                onClick={() => reissue.mutate()}
                disabled={reissue.isPending}
                aria-label={`Re-issue link for ${person.name}`}
              >
                {reissue.isPending ? 'Re-issuing…' : 'Re-issue link'}
              </button>
              {person.revoked ? null : (
                <button
                  ref={revokeButton}
                  type="button"
                  className="button loop-button--small loop-button--danger"
                  onClick={() => setPanel({ kind: 'confirm-revoke' })}
                  aria-expanded={panel.kind === 'confirm-revoke'}
                  aria-label={`Revoke link for ${person.name}`}
                >
                  Revoke
                </button>
              )}
            </span>
          )}
        </td>
      </tr>
      {panel.kind !== 'none' || failed ? (
        <tr className="loop-table__detail">
          <td colSpan={COLUMNS}>
            {failed ? (
              <p className="loop-inline-error" role="alert">
                {failed}
              </p>
            ) : null}
            {panel.kind === 'confirm-revoke' ? (
              <ConfirmRevoke name={person.name} pending={revoke.isPending} onConfirm={() => revoke.mutate()} onCancel={cancelRevoke} />
            ) : null}
            {panel.kind === 'new-link' ? (
              <NewLink link={panel.link} onDone={() => setPanel({ kind: 'none' })} />
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function LinkState({ person, timeZone }: { person: ParticipantStatus; timeZone: string }) {
  if (person.revoked) return <Badge tone="danger">Revoked</Badge>;
  if (!person.linkOpenedAt) return <Badge tone="neutral">Not opened yet</Badge>;
  return (
    <span className="loop-table__with-badge">
      <Badge tone="success">Opened</Badge>
      <span className="loop-table__sub">{formatInZone(person.linkOpenedAt, timeZone)}</span>
    </span>
  );
}

/** Moves focus into a panel that just appeared, so keyboard and screen reader users land on it. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function ConfirmRevoke({ name, pending, onConfirm, onCancel }: { name: string; pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="loop-panel loop-panel--danger stack stack--tight" role="group" aria-label={`Revoke ${name}’s link`}>
      <p>
        <strong>Revoke {name}’s link?</strong> It stops working at once. You can re-issue a new link later.
      </p>
      <p className="loop-table__buttons">
        <button type="button" className="button loop-button--small loop-button--danger-solid" onClick={onConfirm} disabled={pending}>
          {pending ? 'Revoking…' : 'Yes, revoke the link'}
        </button>
        <button type="button" className="button loop-button--small" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}

function NewLink({ link, onDone }: { link: ParticipantLink; onDone: () => void }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="loop-panel loop-panel--success stack stack--tight" role="group" aria-label={`New link for ${link.name}`}>
      <p>
        <strong>New link for {link.name}.</strong> Send it to them now: it is shown only once, and the old link no longer works.
      </p>
      <CopyField label={`${link.name}’s new link`} value={link.url} />
      <p>
        <button type="button" className="button loop-button--small" onClick={onDone}>
          Done
        </button>
      </p>
    </div>
  );
}
