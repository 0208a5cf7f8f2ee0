import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { bankApi } from '../../api/bank';
import { CopyField } from '../loop/CopyField';
import { ownerLinkOf, ownerToken, saveOwnerToken } from './ownerToken';

/**
 * A group member's story bank on their home: create one to prepare between loops, or open the
 * one this browser keeps. In a loop where they are the candidate they attach it from the loop page.
 */
export function MemberBank({ groupId, token }: { groupId: string; token: string }) {
  const [kept, setKept] = useState(() => ownerToken());
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => bankApi.createForMember(groupId, token),
    onSuccess: (link) => {
      saveOwnerToken(link.ownerToken);
      setKept(link.ownerToken);
      setCreated(link.ownerToken);
    },
  });
  return (
    <section className="stack" aria-labelledby="member-bank-title">
      <h2 id="member-bank-title">Your story bank</h2>
      <p className="text-muted">Prepare your STAR stories between loops, see which Leadership Principles they cover, and check them against each other. It is private: only its owner link opens it.</p>
      {created ? (
        <div className="stack stack--tight">
          <p>
            <strong>Keep this owner link.</strong> It is the only key to your bank: anyone with it can read and change it.
          </p>
          <CopyField label="Owner link" value={ownerLinkOf(created)} />
        </div>
      ) : null}
      {kept ? (
        <div className="stack stack--tight">
          <p>
            <Link className="button" to="/bank">
              Open your story bank
            </Link>
          </p>
          <p className="text-muted">In a loop where you are the candidate, attach it from the loop page.</p>
        </div>
      ) : (
        <div className="stack stack--tight">
          <p>
            <button type="button" className="button" onClick={() => create.mutate()} disabled={create.isPending}>
              Create a story bank
            </button>
          </p>
          <p className="text-muted">Already have one? Open its owner link in this browser.</p>
        </div>
      )}
      {create.error ? (
        <p className="loop-inline-error" role="alert">
          {create.error.message}
        </p>
      ) : null}
    </section>
  );
}
