/** Shown when this browser holds no link for the group: the page needs it first. */
export function NoGroupLink() {
  return (
    <section className="stack loop-problem" aria-labelledby="no-group-link-title">
      <title>Open your group link — MockLoop</title>
      <h1 id="no-group-link-title">Open your group link first</h1>
      <p className="lead">This browser has no link for this group. Open the personal link you were sent (it ends with “#token=”).</p>
    </section>
  );
}
