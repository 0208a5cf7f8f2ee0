import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { IdentityBar } from './IdentityBar';

/** The frame every page shares: skip link, header, one `<main>` landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const mainRef = useMoveFocusToHeadingOnNavigate();

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
      <IdentityBar />
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        {/* Shown while a page's chunk loads, the first time that page opens in this tab. */}
        <Suspense fallback={<PageLoading />}>{children}</Suspense>
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
 * A page whose chunk is still loading has no h1 yet, so focus waits for it. A new page starts
 * at its top; back and forward are left to the browser, which restores the position it
 * remembers. The first render is skipped so a fresh page load keeps the browser's normal focus.
 */
function useMoveFocusToHeadingOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const [pathname] = useLocation();
  const previousPathname = useRef(pathname);
  const wentBackOrForward = useRef(false);

  useEffect(() => {
    const onPopState = () => {
      wentBackOrForward.current = true;
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (!wentBackOrForward.current) window.scrollTo(0, 0);
    wentBackOrForward.current = false;
    const main = mainRef.current;
    if (!main) return;
    if (focusHeading(main)) return;
    const observer = new MutationObserver(() => {
      if (focusHeading(main)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);

  return mainRef;
}

/** Focuses the page's h1 (or the main landmark when the page has none); false while the page still loads. */
function focusHeading(main: HTMLElement): boolean {
  // While the new page loads, React keeps the old one hidden beside the fallback: not its h1.
  if (main.querySelector('[data-page-loading]')) return false;
  const heading = main.querySelector('h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  }
  main.focus();
  return true;
}

function PageLoading() {
  return (
    <p className="lead" role="status" data-page-loading>
      Loading…
    </p>
  );
}
