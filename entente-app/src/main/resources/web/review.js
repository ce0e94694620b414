// Entente workbench: correcting an assertion, and the list of every review with its undo.
// Everything from the store is written with textContent (through entente.element), never as HTML.
'use strict';

(function () {
  const E = window.entente;
  const $ = (id) => document.getElementById(id);
  let kinds = null;

  // Posts one review; afterwards the network and every open panel are drawn again.
  async function postReview(body) {
    const made = await E.api('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({ note: 'from the workbench' }, body)) });
    E.state.lastReview = made.id;
    $('undo').hidden = false;
    await E.reload();
    return made;
  }

  async function vocabulary() {
    if (!kinds) kinds = (await E.api('/api/vocabulary')).kinds;
    return kinds;
  }

  function field(labelText, input) {
    const label = E.element('label', labelText);
    label.append(input);
    return label;
  }

  function option(value, text, selected) {
    const o = E.element('option', text);
    o.value = value;
    o.selected = !!selected;
    return o;
  }

  function ids(text) {
    return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  }

  function same(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }

  // The form sends only what the analyst changed: every field left as it was keeps the machine's value.
  async function correctionForm(item) {
    const a = item.assertion;
    const form = E.element('form', null, 'correct-form');
    const kind = E.element('select');
    kind.name = 'kind';
    for (const k of await vocabulary()) kind.append(option(k, k, k === a.kind));
    const sign = E.element('select');
    sign.name = 'sign';
    for (const [v, t] of [['1', '+1 cooperative'], ['0', '0 neutral'], ['-1', '−1 hostile']]) {
      sign.append(option(v, t, Number(v) === a.sign));
    }
    const sources = text('sources', a.sources.join(', '));
    const targets = text('targets', a.targets.join(', '));
    const date = text('date', a.time.start ? a.time.start : '');
    date.placeholder = 'YYYY, YYYY-MM or YYYY-MM-DD';
    const note = text('note', '');
    const save = E.element('button', 'Save correction', 'save');
    save.type = 'submit';
    const cancel = E.element('button', 'Cancel');
    cancel.type = 'button';
    cancel.addEventListener('click', () => form.remove());
    form.append(field('Kind', kind), field('Sign', sign), field('Sources (actor ids)', sources),
      field('Targets (actor ids)', targets), field('Date', date), field('Note', note));
    const row = E.element('div', null, 'row');
    row.append(save, cancel);
    form.append(row);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const correction = {};
      if (kind.value !== a.kind) correction.kind = kind.value;
      if (Number(sign.value) !== a.sign) correction.sign = Number(sign.value);
      if (!same(ids(sources.value), a.sources)) correction.sources = ids(sources.value);
      if (!same(ids(targets.value), a.targets)) correction.targets = ids(targets.value);
      if (date.value.trim() && date.value.trim() !== a.time.start) correction.date = date.value.trim();
      if (!Object.keys(correction).length) { E.status('Nothing changed: the correction was not sent.'); return; }
      const body = { action: 'correct', assertion: a.id, correction: correction };
      if (note.value.trim()) body.note = note.value.trim();
      postReview(body).catch((e) => E.status(e.message));
    });
    return form;
  }

  function text(name, value) {
    const input = E.element('input');
    input.type = 'text';
    input.name = name;
    input.value = value;
    return input;
  }

  E.cardActions.push((actions, item, card) => {
    const button = E.element('button', 'Correct', 'correct');
    button.type = 'button';
    button.addEventListener('click', async () => {
      const open = card.querySelector('.correct-form');
      if (open) { open.remove(); return; }
      try {
        card.append(await correctionForm(item));
      } catch (e) {
        E.status(e.message);
      }
    });
    actions.append(button);
  });

  function target(r) {
    if (r.action === 'merge') return r.subject + ' into ' + r.into;
    if (r.action === 'alias') return r.subject + ' also called "' + r.alias.text + '" (' + r.alias.kind + ')';
    if (r.action === 'undo') return 'review ' + r.subject.slice(0, 8);
    let text = 'assertion ' + r.subject;
    if (r.correction) {
      const c = r.correction;
      const changes = [];
      if (c.kind) changes.push('kind ' + c.kind);
      if (c.sign !== null) changes.push('sign ' + c.sign);
      if (c.sources) changes.push('sources ' + c.sources.join(', '));
      if (c.targets) changes.push('targets ' + c.targets.join(', '));
      if (c.time) changes.push('date ' + c.time.start + (c.time.end !== c.time.start ? ' to ' + c.time.end : ''));
      text += ': ' + changes.join('; ');
    }
    return text;
  }

  function reviewItem(r) {
    const li = E.element('li', null, 'review' + (r.undoneBy ? ' undone' : ''));
    li.dataset.review = r.id;
    const head = E.element('p', null, 'review-head');
    head.append(E.element('strong', r.action), E.element('span', ' ' + r.at.replace('T', ' ').slice(0, 19), 'muted small'));
    if (r.undoneBy) head.append(E.element('span', 'undone', 'badge undone'));
    li.append(head, E.element('p', target(r), 'meta'));
    if (r.note) li.append(E.element('p', r.note, 'meta note'));
    if (!r.undoneBy && r.action !== 'undo') {
      const undo = E.element('button', 'Undo', 'undo-review');
      undo.type = 'button';
      undo.addEventListener('click', () =>
        postReview({ action: 'undo', review: r.id, note: 'undo from the reviews panel' }).catch((e) => E.status(e.message)));
      li.append(undo);
    }
    return li;
  }

  async function showReviews() {
    const reviews = await E.api('/api/reviews');
    const list = $('reviews');
    list.replaceChildren();
    $('reviews-count').textContent = reviews.length ? reviews.length + ' in all, newest first' : 'None yet.';
    for (const r of reviews.slice().reverse()) list.append(reviewItem(r));
  }

  function panel() {
    const section = E.element('section');
    section.id = 'reviews-panel';
    const title = E.element('h2', 'Reviews');
    const count = E.element('p', null, 'muted small');
    count.id = 'reviews-count';
    const list = E.element('ol', null, 'list reviews');
    list.id = 'reviews';
    section.append(title, count, list);
    document.querySelector('.panel.side').append(section);
  }

  panel();
  E.postReview = postReview;
  E.afterReload.push(showReviews);
})();
