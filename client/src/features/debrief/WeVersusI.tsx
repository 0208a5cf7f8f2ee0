/** How often the candidate said "I" against "we" across every story, in numbers and a bar. */
export function WeVersusI({ we, i }: { we: number; i: number }) {
  const total = we + i;
  const share = total ? Math.round((i / total) * 100) : 0;
  return (
    <div className="db-wevi stack stack--tight">
      <h3>“I” against “we”</h3>
      <p>
        The candidate said <strong>“I” {i} {i === 1 ? 'time' : 'times'}</strong> and <strong>“we” {we} {we === 1 ? 'time' : 'times'}</strong>
        {total ? ` (${share}% “I”).` : '.'}
        {total && share < 50 ? ' Mostly “we”: probe what the candidate did themselves.' : ''}
      </p>
      {total ? (
        <div className="db-wevi__bar" aria-hidden="true">
          <span className="db-wevi__i" style={{ inlineSize: `${share}%` }}>
            {share >= 15 ? 'I' : ''}
          </span>
          <span className="db-wevi__we">{100 - share >= 15 ? 'we' : ''}</span>
        </div>
      ) : null}
    </div>
  );
}
