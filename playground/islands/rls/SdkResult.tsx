import type { SdkDemoResult } from '../../rls/runSdkDemo.ts';
import type { SandboxExchange } from '../../sandbox/createSandboxFetch.ts';
import type { Persona } from '../../sandbox/runPolicyMatrix.ts';
import { CodeBlock } from '../../ui/CodeBlock.tsx';
import { Message } from '../../ui/Message.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';

/** One SDK call as `persona`: the code, every request it made, and the rows that came back or the error. */
export function SdkResult({ persona, result }: { persona: Persona; result: SdkDemoResult }) {
  const t = useT();
  const credential = persona === 'anon' ? t('rls.sdk.anonKey') : t('rls.sdk.token', { persona: persona.toUpperCase() });
  const rows = Array.isArray(result.data) ? result.data.length : 0;
  return (
    <div className="pg-stack">
      <CodeBlock code={result.call} language="typescript" label={t('rls.sdk.call')} />
      {result.exchanges.map((exchange, index) => (
        <TextBlock
          // biome-ignore lint/suspicious/noArrayIndexKey: requests are listed in the order the SDK made them.
          key={index}
          title={t('rls.sdk.request')}
          text={exchangeText(exchange, credential)}
        />
      ))}
      {result.error ? (
        <Message tone="fail">
          {t('rls.sdk.error', { status: result.status })} <code>{result.error.message}</code>
        </Message>
      ) : (
        <>
          <Message tone={rows > 0 ? 'pass' : 'warn'}>{t('rls.sdk.rows', { count: rows })}</Message>
          <CodeBlock code={JSON.stringify(result.data, null, 2)} language="json" label={t('rls.sdk.data')} />
        </>
      )}
    </div>
  );
}

/** A request as the data API saw it: the line, the credential (named, never shown), the role and the claims. */
function exchangeText(exchange: SandboxExchange, credential: string): string {
  return `${exchange.method} ${exchange.path}\nAuthorization: Bearer <${credential}>\n\n→ ${exchange.status} · role ${exchange.role ?? '—'}\nrequest.jwt.claims = ${JSON.stringify(exchange.claims)}`;
}
