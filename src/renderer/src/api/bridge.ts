import type { RegularsBridge } from '../../../shared/api/bridge.ts';

declare global {
  interface Window {
    regulars?: RegularsBridge;
  }
}

/** The object the preload (or the browser test shim) installed; absent means the app was opened outside its shell. */
export function bridge(): RegularsBridge {
  const installed = window.regulars;
  if (!installed) throw new Error('window.regulars is missing: open Regulars through its desktop shell.');
  return installed;
}
