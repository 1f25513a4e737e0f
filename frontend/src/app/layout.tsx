import { lazy, Suspense, type MouseEvent } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSignOut } from '@/features/auth/api/session';
import { useMe } from '@/lib/me';
import { can, ROLE_NAMES } from '@/lib/permissions';
import { routes } from './routes';

// Signed in, the browser never needs the sign-in page's code: it loads only when asked for.
const SignInPage = lazy(() =>
  import('@/features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })),
);

const loading = (
  <p className="govuk-body govuk-!-margin-top-6" role="status">
    Loading…
  </p>
);

/** Moves the focus to the main content, as GOV.UK's skip link does (main is not focusable). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.querySelector<HTMLElement>('main');
  if (!main) return;
  event.preventDefault();
  main.setAttribute('tabindex', '-1');
  main.classList.add('govuk-skip-link-focused-element');
  main.addEventListener(
    'blur',
    () => {
      main.removeAttribute('tabindex');
      main.classList.remove('govuk-skip-link-focused-element');
    },
    { once: true },
  );
  main.focus();
}

/** The GOV.UK page template: header with who is signed in, navigation, content, footer. */
export function Layout() {
  const me = useMe();
  const signOut = useSignOut();
  const location = useLocation();
  const user = me.data;
  // Until we know who is signed in, the header line and menu hold their place (hidden from sight
  // and from assistive technology by visibility), so the page does not jump when they appear.
  const pending = me.isPending;

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__logotype-text">Improvement Tracker</span>
            </Link>
          </div>
          {pending && (
            <div className="govuk-header__content app-pending">
              <p className="app-header__user">&nbsp;</p>
            </div>
          )}
          {user && (
            <div className="govuk-header__content">
              <p className="app-header__user" data-testid="signed-in-user">
                {user.displayName} · {user.organisation.name} · {ROLE_NAMES[user.role]}{' '}
                <Link to="/my-work" className="govuk-header__link app-header__my-work">
                  My work
                </Link>{' '}
                <button
                  type="button"
                  className="govuk-header__link app-header__sign-out"
                  onClick={() => signOut.mutate()}
                >
                  Sign out
                </button>
              </p>
            </div>
          )}
        </div>
      </header>
      {(user || pending) && (
        <section
          aria-label="Menu"
          className={`govuk-service-navigation${pending ? ' app-pending' : ''}`}
          data-module="govuk-service-navigation"
        >
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {routes
                    .filter(
                      (r) => r.nav && (!r.navPermission || (!!user && can(user, r.navPermission))),
                    )
                    .map((r) => (
                      <li key={r.path} className="govuk-service-navigation__item">
                        <NavLink
                          to={r.path}
                          end={r.path === '/'}
                          className="govuk-service-navigation__link"
                        >
                          {r.nav}
                        </NavLink>
                      </li>
                    ))}
                </ul>
              </nav>
            </div>
          </div>
        </section>
      )}
      <div className="govuk-width-container app-main-container">
        {me.isPending ? (
          loading
        ) : (
          <Suspense key={user ? location.pathname : 'sign-in'} fallback={loading}>
            {user ? <Outlet /> : <SignInPage />}
          </Suspense>
        )}
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <span className="govuk-footer__licence-description">
                Improvement Tracker · the system of record for the improvement plan ·{' '}
                <a className="govuk-footer__link" href="/q/swagger-ui">
                  API documentation
                </a>
              </span>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
