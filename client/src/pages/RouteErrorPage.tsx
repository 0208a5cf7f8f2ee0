/**
 * Last-resort screen when rendering a page throws. It replaces the whole layout, so it keeps
 * its own landmark and uses a plain link (a full reload) to get the user back to a clean state.
 */
export function RouteErrorPage() {
  return (
    <main id="main" className="container site-main stack">
      <title>Something went wrong — MockLoop</title>
      <h1>Something went wrong</h1>
      <p className="lead">
        MockLoop hit an unexpected problem showing this page. Your loop data is kept on the
        server; reloading usually helps.
      </p>
      <p>
        <a href="/" className="button button--primary">
          Reload MockLoop
        </a>
      </p>
    </main>
  );
}
