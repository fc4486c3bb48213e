import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import type { Locale } from '../catalog/locale.ts';
import { describeError } from './describeError.ts';
import { LocaleProvider } from './locale.tsx';
import { useT } from './useT.ts';

/**
 * The root of every island: it gives the panels the island's language (`useT()`), and it keeps a
 * failure inside the island from blanking it: a render error shows, in the reader's language,
 * that the playground stopped and a button that starts it again. The reset remounts the island, so
 * every field returns to its default, and drops the playground state from the URL, so a shared link
 * that caused the failure does not cause it again.
 *
 * @example
 * <PlaygroundBoundary locale={locale}><JwtTool /></PlaygroundBoundary>
 */
export function PlaygroundBoundary({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleProvider locale={locale}>
      <ErrorBoundary
        fallbackRender={(props) => <PlaygroundFallback locale={locale} {...props} />}
        onReset={forgetSharedState}
      >
        {children}
      </ErrorBoundary>
    </LocaleProvider>
  );
}

function forgetSharedState() {
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

function PlaygroundFallback({ locale, error, resetErrorBoundary }: { locale: Locale } & FallbackProps) {
  const t = useT();
  const message = describeError(t, error);
  return (
    <div className="pg-root not-content" lang={locale} role="alert">
      <div className="pg-message pg-fail">
        <p>
          <strong>{t('ui.boundary.title')}</strong>
        </p>
        <p>{t('ui.boundary.message')}</p>
        <p className="pg-break">{t('ui.boundary.detail', { message })}</p>
      </div>
      <button type="button" className="pg-button" onClick={resetErrorBoundary}>
        {t('ui.boundary.reset')}
      </button>
    </div>
  );
}
