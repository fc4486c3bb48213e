import { useState } from 'react';
import type { ProviderId } from '../../catalog/providers.ts';
import { INSFORGE_BACKEND } from '../../jwt/insforgeBackend.ts';
import {
  guideSignsWithCode,
  type SnippetLibrary,
  type SnippetOptions,
  serverSnippet,
} from '../../jwt/serverSnippet.ts';
import { CodeBlock } from '../../ui/CodeBlock.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useT } from '../../ui/useT.ts';

const LIBRARIES: readonly SnippetLibrary[] = ['jsonwebtoken', 'jose'];

/**
 * How the reader's server mints the same token, in the library of their choice; for a provider whose
 * guide mints it in a JWT template instead of code, a note saying so.
 */
export function MintServerCode({ provider, options }: { provider: ProviderId; options: SnippetOptions }) {
  const t = useT();
  const [library, setLibrary] = useState<SnippetLibrary>('jsonwebtoken');
  if (!guideSignsWithCode(provider)) {
    return (
      <>
        <h4>{t('jwt.mint.templateTitle')}</h4>
        <p className="pg-message pg-info" data-template-note>
          {t('jwt.mint.templateNote')}
        </p>
      </>
    );
  }
  return (
    <>
      <h4>{t('jwt.mint.snippetTitle')}</h4>
      <p className="pg-hint">{t('jwt.mint.snippetHint', { envVar: INSFORGE_BACKEND.secretEnvVar })}</p>
      <Tabs
        label={t('jwt.mint.snippetTitle')}
        tabs={LIBRARIES.map((lib) => ({ id: lib, label: lib }))}
        selected={library}
        onSelect={setLibrary}
      >
        <CodeBlock
          code={serverSnippet(options, library)}
          language="typescript"
          label={t('jwt.mint.snippetLabel', { library })}
        />
      </Tabs>
    </>
  );
}
