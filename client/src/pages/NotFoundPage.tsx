import { Link } from 'wouter';

export default function NotFoundPage() {
  return (
    <>
      <title>Page not found — MockLoop</title>
      <section className="stack" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p className="lead">
          This address does not match any page. If someone sent you a loop link, check that you
          copied all of it.
        </p>
        <p>
          <Link to="/" className="button">
            Go to the home page
          </Link>
        </p>
      </section>
    </>
  );
}
