// Entente workbench: the documents list and the document view. Store text reaches the page only
// through textContent and title (never innerHTML): a document is untrusted text.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const BLOCK_TAGS = { heading: 'h3', block_quote: 'blockquote', caption: 'p', pull_quote: 'aside', body: 'p' };
  const names = {};
  let opened = null;

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  async function get(path) {
    const response = await fetch(path);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
    return body;
  }

  function status(message) {
    $('status').textContent = message || '';
  }

  function name(id) {
    return names[id] || id;
  }

  /** Fills the documents list; resolves to the documents. */
  async function refresh() {
    const [documents, actors] = await Promise.all([get('/api/documents'), get('/api/actors?limit=1000')]);
    for (const a of actors.items) names[a.id] = a.name;
    const list = $('documents');
    list.replaceChildren();
    if (!documents.length) list.append(element('li', 'No documents yet.', 'muted'));
    for (const d of documents) {
      const button = element('button');
      button.type = 'button';
      button.dataset.document = d.id;
      button.append(element('span', d.title || d.source));
      button.append(element('span', d.sentences + ' sentences, ' + d.assertions + ' assertions'
        + (d.title ? ' · ' + d.source : ''), 'detail'));
      button.addEventListener('click', () => open(d.id).catch((e) => status(e.message)));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    return documents;
  }

  /** One line for an assertion: who -kind-> whom, date, modality, speaker, verdict. */
  function claim(item) {
    const a = item.assertion;
    const when = a.time.start ? a.time.start + (a.time.end && a.time.end !== a.time.start ? ' to ' + a.time.end : '') : 'undated';
    const sign = a.sign > 0 ? '+' : (a.sign < 0 ? '−' : '0');
    return a.sources.map(name).join(', ') + ' —' + a.kind + ' (' + sign + ')→ ' + a.targets.map(name).join(', ')
      + ' · ' + when + ' · ' + a.modality + ' · speaker: ' + a.speaker + ' · ' + (item.verdict || 'not reviewed');
  }

  function head(page) {
    const header = element('header', null, 'reader-head');
    header.append(element('h2', page.title || page.source, 'reader-title'));
    const facts = [page.authors.join(', '), page.venue, page.date].filter(Boolean);
    if (facts.length) header.append(element('p', facts.join(' · '), 'reader-meta'));
    header.append(element('p', page.source, 'muted small'));
    return header;
  }

  /** A block's text cut at its sentences' bounds and footnote markers; marked sentences carry their claims. */
  function block(b, sentences, claims) {
    const tag = BLOCK_TAGS[b.kind] || 'p';
    const e = element(tag, null, 'block ' + b.kind.replace('_', '-'));
    const cuts = new Set([0, b.text.length]);
    for (const s of sentences) { cuts.add(Math.min(s.start, b.text.length)); cuts.add(Math.min(s.end, b.text.length)); }
    for (const m of b.markers) cuts.add(Math.min(m.offset, b.text.length));
    const bounds = Array.from(cuts).sort((x, y) => x - y);
    const spans = new Map();
    const markersAt = (offset, into) => {
      for (const m of b.markers.filter((x) => Math.min(x.offset, b.text.length) === offset)) into.append(marker(m.number));
    };
    markersAt(0, e);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i];
      const to = bounds[i + 1];
      const s = sentences.find((x) => x.start <= from && to <= x.end);
      let into = e;
      if (s) {
        if (!spans.has(s.index)) { spans.set(s.index, sentence(s, claims.get(s.index) || [])); e.append(spans.get(s.index)); }
        into = spans.get(s.index);
      }
      into.append(document.createTextNode(b.text.slice(from, to)));
      markersAt(to, into);
    }
    return e;
  }

  function marker(number) {
    const link = element('a', String(number), 'fn-marker');
    link.href = '#fn-' + number;
    link.setAttribute('aria-label', 'footnote ' + number);
    return link;
  }

  function sentence(s, items) {
    const span = element('span', null, 'sent');
    span.dataset.sentence = String(s.index);
    if (!items.length) return span;
    span.classList.add('marked');
    span.tabIndex = 0;
    span.title = items.map(claim).join('\n');
    const show = () => showClaims(span, items);
    span.addEventListener('click', show);
    span.addEventListener('keydown', (event) => { if (event.key === 'Enter') show(); });
    return span;
  }

  function showClaims(span, items) {
    for (const e of document.querySelectorAll('#reader .sent.selected')) e.classList.remove('selected');
    span.classList.add('selected');
    const box = $('reader-claims');
    box.replaceChildren(element('h3', items.length + ' assertion' + (items.length === 1 ? '' : 's') + ' read from this sentence'));
    const list = element('ul', null, 'claims');
    for (const item of items) list.append(element('li', claim(item), item.verdict || ''));
    box.append(list);
    box.hidden = false;
  }

  function footnotes(page) {
    const section = element('section', null, 'reader-notes');
    if (!page.footnotes.length) return section;
    section.append(element('h3', 'Notes'));
    const list = element('ol');
    for (const f of page.footnotes) {
      const item = element('li');
      item.id = 'fn-' + f.number;
      item.value = f.number;
      item.append(element('span', f.text));
      if (f.citations.length) {
        const cites = element('ul', null, 'citations');
        for (const c of f.citations) {
          cites.append(element('li', [c.author, c.title, c.outlet, c.place, c.dates.join(', ')].filter(Boolean).join(', ')));
        }
        item.append(cites);
      }
      list.append(item);
    }
    section.append(list);
    return section;
  }

  /** Shows the rebuilt document over the graph. */
  async function open(id) {
    const page = await get('/api/documents/' + encodeURIComponent(id));
    opened = id;
    const claims = new Map();
    for (const item of page.assertions) {
      const key = item.assertion.evidence.sentence;
      if (!claims.has(key)) claims.set(key, []);
      claims.get(key).push(item);
    }
    const body = element('div', null, 'reader-body');
    for (const b of page.blocks) body.append(block(b, page.sentences.filter((s) => s.block === b.index), claims));
    const box = element('div', null, 'reader-claims');
    box.id = 'reader-claims';
    box.hidden = true;
    const close = element('button', 'Close', 'reader-close');
    close.type = 'button';
    close.addEventListener('click', hide);
    const summary = element('p', page.sentences.length + ' sentences, ' + page.assertions.length
      + ' assertions; marked sentences carry them: hover or click one.', 'muted small');
    $('reader').replaceChildren(close, head(page), summary, box, body, footnotes(page));
    $('reader').hidden = false;
    $('reader').scrollTop = 0;
    for (const b of document.querySelectorAll('#documents button')) b.classList.toggle('current', b.dataset.document === id);
  }

  function hide() {
    opened = null;
    $('reader').hidden = true;
    for (const b of document.querySelectorAll('#documents button')) b.classList.remove('current');
  }

  window.ententeDocuments = { refresh: refresh, open: open, hide: hide, opened: () => opened };
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && opened) hide(); });
  $('nav-documents').addEventListener('click', () => {
    $('documents-section').scrollIntoView({ block: 'start' });
    $('upload-panel').hidden = false;
  });
  refresh().catch((e) => status(e.message));
})();
