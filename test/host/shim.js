/* global window, document, EventSource */
/**
 * Browser stand-in for the Electron preload, served by the test host as /__shim.js before the app's
 * script. It installs `window.regulars` with exactly the RegularsBridge interface, over HTTP:
 * requests are POSTed to the host's real core, events arrive over Server-Sent Events, and a dropped
 * File is uploaded so the host can answer with a local path (as Electron's webUtils.getPathForFile does).
 */
(() => {
  const listeners = new Set();
  const events = new EventSource('/api/events');
  events.onmessage = (message) => {
    const event = JSON.parse(message.data);
    for (const listener of listeners) listener(event);
  };

  async function postJson(url, body) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }

  async function upload(file) {
    if (!(file instanceof File)) throw new TypeError('pathForFile expects a File');
    const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error);
    return answer.path;
  }

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

  window.regulars = Object.freeze({
    request: (name, input) => postJson('/api/request', { name, input }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pathForFile: upload,
    chooseFiles,
    chooseSaveLocation: async (suggestedName) => (await postJson('/api/save-location', { suggestedName })).path,
  });
})();
