import type { SandboxStage } from '../../sandbox/createSandbox.ts';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/useT.ts';

const STAGES: readonly SandboxStage[] = ['downloading', 'starting', 'ready'];

/** How far the sandbox has got: the stage in words over a progress bar. */
export function RunProgress({ stage }: { stage: SandboxStage }) {
  const t = useT();
  return (
    <Field label={t(`rls.run.stage.${stage}`)} styledLabel={false}>
      {({ id }) => <progress id={id} max={STAGES.length} value={STAGES.indexOf(stage) + 1} />}
    </Field>
  );
}
