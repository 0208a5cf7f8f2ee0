/**
 * Excalidraw reads EXCALIDRAW_ASSET_PATH as its modules load, so this runs before the lazy
 * import: fonts come from this server (copied at build time, see vite.config.ts), never from
 * the CDN the CSP refuses.
 */
export function loadExcalidraw<T>(load: () => Promise<T>): Promise<T> {
  (window as { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = '/excalidraw-assets/';
  return load();
}
