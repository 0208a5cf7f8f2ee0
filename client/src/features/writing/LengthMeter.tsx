import { describeLength, readLength, type LengthLimit } from '@mockloop/shared/writing/length';

/** The live count against the limit; over the limit it says by how much, in words and a mark. */
export function LengthMeter({ text, limit }: { text: string; limit: LengthLimit }) {
  const reading = readLength(text, limit);
  const share = Math.min(100, Math.round((reading.words / reading.limitWords) * 100));
  return (
    <div className={`wr-meter${reading.over ? ' wr-meter--over' : ''}`} data-testid="length-meter" data-words={reading.words}>
      <p>
        {reading.over ? <span aria-hidden="true">⚠ </span> : null}
        {describeLength(reading, limit)}
        {reading.over ? <strong> · {reading.overBy} over the limit: cut them before you submit</strong> : null}
      </p>
      <div className="wr-meter__bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
