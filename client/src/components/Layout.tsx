import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router-dom';

/** The frame every page shares: skip link, header, one `<main>` landmark, footer. */
export function Layout() {
  const mainRef = useMoveFocusToHeadingOnNavigate();
  useScrollToTopOnNavigate();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__brand">
            <svg className="site-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" strokeWidth="3.5" />
              <path d="M16 10v6l4.5 3" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
            MockLoop
          </Link>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        {/* Shown only while a page's chunk loads for the first time; later navigations keep the
            old page on screen until the new one is ready (the router navigates in a transition). */}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>MockLoop is free and open source.</p>
          <a href="/api/docs">API documentation</a>
        </div>
      </footer>
    </>
  );
}

/**
 * After a client-side navigation, screen readers hear nothing and keyboard focus stays on a link
 * that no longer exists; moving focus to the new page's h1 announces it and restarts tab order.
 * The first render is skipped so a fresh page load keeps the browser's normal focus.
 */
function useMoveFocusToHeadingOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname]);

  return mainRef;
}

function PageLoading() {
  return (
    <p className="lead" role="status" aria-busy="true">
      Loading…
    </p>
  );
}

/**
 * A new page starts at its top; going back or forward is left to the browser, which restores
 * the position it remembers for that history entry.
 */
function useScrollToTopOnNavigate() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
}
