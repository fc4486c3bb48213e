/**
 * What the RLS playground's SDK panel asks `@insforge/sdk` to do: read every row it may, or add one
 * and read it back. Its own module, so the island can list them without loading the SDK demo.
 */
export const SDK_OPERATIONS = ['select', 'insert'] as const;
export type SdkOperation = (typeof SDK_OPERATIONS)[number];
