// Entente workbench: upload a document (file picker or drag and drop), show the transfer's progress
// and then the job's (read, extract, store), and on done list the document and redraw the network.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 500;
  const STAGES = {
    queued: 'Waiting for the upload before it…',
    reading: 'Reading…',
    extracting: 'Extracting actors and assertions (the first upload also loads the language models: up to a minute)…',
    storing: 'Storing…'
  };

  function say(message, failed) {
    const line = $('upload-status');
    line.textContent = message;
    line.classList.toggle('failed', Boolean(failed));
  }

  function bar(fraction) {
    const progress = $('upload-progress');
    progress.hidden = false;
    if (fraction === null) progress.removeAttribute('value');
    else progress.value = fraction;
  }

  /** Sends the file as a multipart form; resolves to the accepted job. */
  function send(file) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/documents');
      const token = sessionStorage.getItem('entente-token');
      if (token) xhr.setRequestHeader('Authorization', 'Bearer ' + token);
      xhr.responseType = 'json';
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) {
          bar(event.loaded / event.total);
          say('Sending ' + file.name + ': ' + Math.round(100 * event.loaded / event.total) + '%');
        }
      });
      xhr.addEventListener('load', () => {
        const body = xhr.response || {};
        if (xhr.status === 202) resolve(body);
        else reject(Object.assign(new Error(body.error || ('HTTP ' + xhr.status)), { status: xhr.status }));
      });
      xhr.addEventListener('error', () => reject(new Error('the upload of ' + file.name + ' broke off')));
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
  }

  async function follow(job) {
    for (;;) {
      if (job.state === 'done' || job.state === 'failed') return job;
      bar(null);
      say(job.name + ': ' + (STAGES[job.state] || job.state));
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const response = await fetch('/api/uploads/' + encodeURIComponent(job.id));
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
      job = body;
    }
  }

  async function upload(chosen) {
    if (!chosen) return;
    $('upload-file').disabled = true;
    try {
      let job;
      try {
        job = await send(chosen);
      } catch (e) {
        if (e.status !== 401) throw e;
        const typed = window.prompt('This server needs its access token for changes:');
        if (!typed) throw e;
        sessionStorage.setItem('entente-token', typed.trim());
        job = await send(chosen);
      }
      job = await follow(job);
      if (job.state === 'failed') {
        bar(0);
        say(job.error, true);
        return;
      }
      bar(1);
      say(job.alreadyStored
        ? job.name + ' was already stored (as ' + job.source + '); nothing was added.'
        : job.name + ' stored: ' + job.sentences + ' sentences, ' + job.assertions + ' assertions.');
      await window.ententeDocuments.refresh();
      if (window.entente) await window.entente.reload();
      for (const b of document.querySelectorAll('#documents button')) b.classList.toggle('fresh', b.dataset.document === job.document);
    } catch (e) {
      bar(0);
      say(e.message, true);
    } finally {
      $('upload-file').disabled = false;
      $('upload-file').value = '';
    }
  }

  function setup() {
    const panel = $('upload-panel');
    $('upload-open').addEventListener('click', () => { panel.hidden = !panel.hidden; });
    $('upload-file').addEventListener('change', () => upload($('upload-file').files[0]));
    const drop = $('upload-drop');
    drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      drop.classList.remove('over');
      if (event.dataTransfer.files.length) upload(event.dataTransfer.files[0]);
    });
  }

  setup();
})();
