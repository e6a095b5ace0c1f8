// @ts-check
/* global window, document, EventSource */
/**
 * Browser stand-in for the Electron preload, served by the test host as /__shim.js before the app's
 * script. It installs `window.regulars` with exactly the RegularsBridge interface, over HTTP:
 * requests are POSTed to the host's real core, events arrive over Server-Sent Events, and a dropped
 * File is uploaded so the host can answer with a local path (as Electron's webUtils.getPathForFile does).
 * Plain JavaScript served as it is; `npm run typecheck` checks it against RegularsBridge (tsconfig.web.json).
 */
/** @typedef {import('../../src/shared/api/bridge.ts').RegularsBridge} RegularsBridge */
/** @typedef {import('../../src/shared/api/events.ts').ApiEvent} ApiEvent */
(() => {
  /** @type {Set<(event: ApiEvent) => void>} */
  const listeners = new Set();
  const events = new EventSource('/api/events');
  events.onmessage = (message) => {
    /** @type {ApiEvent} */
    const event = JSON.parse(message.data);
    for (const listener of listeners) listener(event);
  };

  /**
   * @param {string} url
   * @param {unknown} body
   * @returns {Promise<any>} the host's JSON answer
   */
  async function postJson(url, body) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }

  /**
   * @param {unknown} file
   * @returns {Promise<string>} the local path the host saved the upload to
   */
  async function upload(file) {
    if (!(file instanceof File)) throw new TypeError('pathForFile expects a File');
    const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error);
    return answer.path;
  }

  /** @type {RegularsBridge['chooseFiles']} */
  function chooseFiles(purpose) {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = purpose === 'import';
      input.accept = purpose === 'import' ? '.csv,.txt,.tsv' : '.db,.sqlite,.regulars';
      input.addEventListener('change', () => Promise.all(Array.from(input.files ?? []).map(upload)).then(resolve, reject));
      input.addEventListener('cancel', () => resolve([]));
      input.click();
    });
  }

  /** @type {RegularsBridge} */
  const bridge = {
    request: (name, input) => postJson('/api/request', { name, input }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pathForFile: upload,
    chooseFiles,
    chooseSaveLocation: async (purpose, suggestedName) => (await postJson('/api/save-location', { purpose, suggestedName })).path,
  };
  window.regulars = Object.freeze(bridge);
})();
