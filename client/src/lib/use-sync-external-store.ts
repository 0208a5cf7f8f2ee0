// wouter imports the `use-sync-external-store` shim for React versions before 18; React 19 has
// the hook built in, so the build points the shim here (vite.config.ts) and skips its code.
export { useSyncExternalStore } from 'react';
