/** The comments on a text, in text order, each under the passage it is about. */
export function CommentList({ comments, onRemove }: { comments: { id: string; number: number; body: string; anchor: { quote: string }; reviewer?: string | null }[]; onRemove?: ((id: string) => void) | null }) {
  if (!comments.length) return <p className="text-muted">No comments yet.</p>;
  return (
    <ol className="wr-comments">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="wr-comment">
          <blockquote>{c.anchor.quote}</blockquote>
          <p>
            {c.reviewer ? <strong>{c.reviewer}: </strong> : null}
            {c.body}
          </p>
          {onRemove ? <button type="button" className="button button--small" onClick={() => onRemove(c.id)}>Remove comment {c.number}</button> : null}
        </li>
      ))}
    </ol>
  );
}
