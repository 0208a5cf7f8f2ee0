import { LP_RATING_LABELS, LP_RATINGS, type LpId, type LpRatingEntry, type PatchOp } from '@mockloop/shared';
import { lpName } from '@mockloop/shared/lp/names';
import { TextField } from './TextField';

type LpRatingFieldProps = {
  lpId: LpId;
  entry: LpRatingEntry | undefined;
  locked: boolean;
  onEdit: (op: PatchOp, debounce?: boolean) => void;
};

/** One assigned LP on the scorecard: its rating, the evidence for it, and why when not assessed. */
export function LpRatingField({ lpId, entry, locked, onEdit }: LpRatingFieldProps) {
  const name = lpName(lpId);
  const id = `rating-${lpId}`;
  const rating = entry?.rating ?? null;
  return (
    <fieldset className="iv-rating" id={id}>
      <legend className="iv-rating__name">{name}</legend>
      <div className="iv-radios">
        {LP_RATINGS.map((value) => (
          <label key={value} className={`iv-radio iv-radio--${value}`}>
            <input
              type="radio"
              name={id}
              value={value}
              checked={rating === value}
              disabled={locked}
              onChange={() => onEdit({ op: 'setRating', lpId, value })}
            />
            <span>{LP_RATING_LABELS[value]}</span>
          </label>
        ))}
      </div>
      {rating === 'not-assessed' ? (
        <TextField
          id={`${id}-reason`}
          label={`Why was ${name} not assessed?`}
          singleLine
          maxLength={500}
          value={entry?.notAssessedReason ?? ''}
          readOnly={locked}
          onChange={(value) => onEdit({ op: 'setNotAssessedReason', lpId, value }, true)}
        />
      ) : null}
      <TextField
        id={`${id}-evidence`}
        label={`Evidence for ${name}`}
        hint="What the candidate said or did, from your stories."
        value={entry?.evidence ?? ''}
        readOnly={locked}
        onChange={(value) => onEdit({ op: 'setEvidence', lpId, value }, true)}
      />
    </fieldset>
  );
}
