import type { RlsConfig } from '../../rls/rlsTypes.ts';
import type { DemoOwner, RlsSandboxRun } from '../../rls/runRlsSandbox.ts';
import type { SdkDemoResult } from '../../rls/runSdkDemo.ts';
import type { SdkOperation } from '../../rls/sdkOperations.ts';
import type { Persona } from '../../sandbox/runPolicyMatrix.ts';

/** An insert sends a row of the caller's own. */
const DEMO_OWNERS: Readonly<Record<Persona, DemoOwner>> = { a: 'A', b: 'B', anon: 'anon' };

export interface SdkDemoCall {
  readonly run: RlsSandboxRun;
  readonly config: RlsConfig;
  readonly persona: Persona;
  readonly operation: SdkOperation;
}

/**
 * The SDK panel's call: `operation` on the run's table through `@insforge/sdk`, as `persona`; an insert
 * sends the persona's demo row #3, which the run did not write.
 *
 * @example
 * const { exchanges } = await runSdkDemoAs({ run, config, persona: 'b', operation: 'select' });
 */
export async function runSdkDemoAs({ run, config, persona, operation }: SdkDemoCall): Promise<SdkDemoResult> {
  // Both modules are already loaded by the run; importing them here keeps them out of the page's first script.
  const [{ runSdkDemo }, { demoRow }] = await Promise.all([
    import('../../rls/runSdkDemo.ts'),
    import('../../rls/runRlsSandbox.ts'),
  ]);
  return runSdkDemo(run.sandbox, {
    table: config.table,
    operation,
    row: demoRow(config, DEMO_OWNERS[persona], 3),
    persona,
    users: run.users,
    secret: run.secret,
  });
}
