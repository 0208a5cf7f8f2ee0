import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/**
 * Last-resort screen when rendering a route throws. It replaces the whole layout, so it keeps
 * its own landmark and uses a plain link (a full reload) to get the user back to a clean state.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : null;

  return (
    <main id="main" className="container site-main stack">
      <title>Something went wrong — MockLoop</title>
      <h1>Something went wrong</h1>
      <p className="lead">
        MockLoop hit an unexpected problem showing this page. Your loop data is kept on the
        server; reloading usually helps.
      </p>
      {detail ? <p className="text-muted">{detail}</p> : null}
      <p>
        <a href="/" className="button button--primary">
          Reload MockLoop
        </a>
      </p>
    </main>
  );
}
