import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import type { Locale } from '../catalog/locale.ts';
import { isPlaygroundError } from '../errors.ts';
import { useT } from './useT.ts';

/**
 * Keeps a failure inside an island from blanking it: a render error shows, in the reader's language,
 * that the playground stopped and a button that starts it again. The reset remounts the island, so
 * every field returns to its default, and drops the playground state from the URL, so a shared link
 * that caused the failure does not cause it again.
 *
 * @example
 * <PlaygroundBoundary locale={locale}><JwtTool locale={locale} /></PlaygroundBoundary>
 */
export function PlaygroundBoundary({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={(props) => <PlaygroundFallback locale={locale} {...props} />}
      onReset={forgetSharedState}
    >
      {children}
    </ErrorBoundary>
  );
}

function forgetSharedState() {
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

function PlaygroundFallback({ locale, error, resetErrorBoundary }: { locale: Locale } & FallbackProps) {
  const t = useT(locale);
  const message = isPlaygroundError(error)
    ? t(`errors.${error.code}`, error.details)
    : error instanceof Error
      ? error.message
      : String(error);
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
