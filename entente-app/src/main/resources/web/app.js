// Entente workbench. Everything read from the store reaches the page through textContent or
// Cytoscape's data (drawn on a canvas), never through innerHTML: documents are untrusted text.
'use strict';

(function () {
  const SHAPES = {
    'state': 'ellipse', 'igo': 'round-rectangle', 'person': 'diamond', 'media-outlet': 'triangle',
    'faction': 'hexagon', 'armed-group': 'hexagon', 'organisation': 'hexagon'
  };
  const FACTUAL = ['asserted', 'reported'];
  const PLAY_STEP_MS = 1200;
  const BIG_GRAPH = 150;
  const LABEL_ZOOM = 1.2;

  const state = {
    months: [], kind: '', speaker: '', modalities: FACTUAL.slice(), reviewed: false, focus: '',
    lastReview: null, tie: null, evidenceTicket: 0, playing: null, names: {}
  };
  const $ = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function status(message) {
    $('status').textContent = message || '';
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    const token = sessionStorage.getItem('entente-token');
    if (token) opts.headers['Authorization'] = 'Bearer ' + token;
    const response = await fetch(path, opts);
    const body = await response.json();
    if (response.status === 401 && opts.method === 'POST') {
      const typed = window.prompt('This server needs its access token for changes:');
      if (typed) {
        sessionStorage.setItem('entente-token', typed.trim());
        return api(path, options);
      }
    }
    if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
    return body;
  }

  function windowParams() {
    const p = new URLSearchParams();
    if ($('from').value) p.set('from', $('from').value);
    if ($('to').value) p.set('to', $('to').value);
    if (state.kind) p.set('kind', state.kind);
    p.set('modality', state.modalities.length ? state.modalities.join(',') : 'all');
    if (state.reviewed) p.set('reviewed', 'true');
    if (state.speaker) p.set('speaker', state.speaker);
    return p;
  }

  const cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)',
        'background-color': '#8aa4bf', 'border-width': 1, 'border-color': '#52667a',
        'label': 'data(label)', 'font-size': 11, 'color': '#1f2933', 'text-valign': 'bottom',
        'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140, 'min-zoomed-font-size': 7 } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'curve-style': 'bezier', 'line-color': '#7b8794', 'line-style': 'dotted',
        'opacity': 0.85 } },
      { selector: 'edge[sign > 0]', style: { 'line-color': '#2f7d5b', 'line-style': 'solid' } },
      { selector: 'edge[sign < 0]', style: { 'line-color': '#b83a2f', 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
      { selector: 'edge:selected', style: { 'overlay-color': '#2b5a8a', 'overlay-opacity': 0.2, 'overlay-padding': 4 } },
      { selector: 'edge.straight', style: { 'curve-style': 'straight' } },
      { selector: 'node.quiet', style: { 'label': '' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: 'node.highlight', style: { 'border-width': 3, 'border-color': '#2b5a8a' } },
      { selector: 'edge.highlight', style: { 'opacity': 1, 'z-index': 10 } }
    ]
  });

  function render(network) {
    const maxWeight = Math.max(1, ...network.ties.map((t) => Math.abs(t.weight)));
    const maxActivity = Math.max(1, ...network.actors.map((a) => a.activity));
    const wanted = new Set();
    const elements = [];
    for (const a of network.actors) {
      state.names[a.id] = a.name;
      wanted.add(a.id);
      elements.push({ group: 'nodes', data: {
        id: a.id, label: a.name, type: a.type, shape: SHAPES[a.type] || 'ellipse',
        size: 18 + 34 * Math.sqrt(a.activity / maxActivity) } });
    }
    for (const t of network.ties) {
      const id = 'tie:' + t.first + ':' + t.second;
      wanted.add(id);
      elements.push({ group: 'edges', data: {
        id: id, source: t.first, target: t.second, sign: t.sign, weight: t.weight, count: t.count,
        width: 1.5 + 7.5 * Math.abs(t.weight) / maxWeight } });
    }
    let added = false;
    cy.batch(() => {
      cy.elements().filter((e) => !wanted.has(e.id())).remove();
      const fresh = [];
      for (const e of elements) {
        const existing = cy.getElementById(e.data.id);
        if (existing.nonempty()) existing.data(e.data);
        else fresh.push(e);
      }
      if (fresh.length) { cy.add(fresh); added = true; }
      cy.elements().removeClass('faded highlight');
      // A big window's labels wait until zoomed in: unreadable at that size, and costly to lay out.
      const big = network.actors.length > BIG_GRAPH;
      cy.edges().toggleClass('straight', big);
      state.big = big;
      state.quiet = big && cy.zoom() < LABEL_ZOOM;
      cy.nodes().toggleClass('quiet', state.quiet);
    });
    window.entente.timings.added = performance.now();
    if (added) layout(network.actors.length);
    else ready();
    $('empty').hidden = network.ties.length > 0;
    $('summary').textContent = network.actors.length + ' actors, ' + network.ties.length + ' ties'
      + (network.from || network.to ? ', ' + (network.from || '…') + ' to ' + (network.to || '…') : ', all time');
    window.entente.renders += 1;
  }

  // Big windows are laid out in rings by activity, busiest in the middle: cose would take seconds there.
  function layout(nodes) {
    const options = nodes > BIG_GRAPH
      ? { name: 'concentric', animate: false, concentric: (n) => n.data('size'), levelWidth: () => 6, minNodeSpacing: 8 }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 };
    const running = cy.layout(options);
    running.one('layoutstop', ready);
    running.run();
  }

  // Tells tests and benchmarks that the graph is drawn: data-ready on #cy, after its layout.
  function ready() {
    // Two frames later Cytoscape has painted the canvas.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.entente.timings.drawn = performance.now();
      $('cy').dataset.ready = String(window.entente.renders);
    }));
  }

  async function reload() {
    status('');
    try {
      const params = windowParams();
      const networkParams = new URLSearchParams(params);
      if (state.focus) networkParams.set('actor', state.focus);
      // The graph is drawn as soon as it arrives; quandaries and factions follow when they are ready.
      const lists = Promise.all([api('/api/quandaries?' + params), api('/api/factions?' + params)]);
      lists.catch(() => {}); // awaited below; if the network fails first, its error is the one shown
      const network = await api('/api/network?' + networkParams);
      window.entente.timings.network = performance.now();
      render(network);
      window.entente.timings.rendered = performance.now();
      const [quandaries, factions] = await lists;
      showQuandaries(quandaries);
      showFactions(factions);
      if (state.tie) await showEvidence(state.tie.first, state.tie.second, state.tie.range);
      for (const hook of window.entente.afterReload) await hook();
    } catch (e) {
      status(e.message);
    }
  }

  function name(id) {
    return state.names[id] || id;
  }

  function showQuandaries(quandaries) {
    const list = $('quandaries');
    list.replaceChildren();
    if (!quandaries.length) list.append(element('li', 'None in this window.', 'muted'));
    for (const q of quandaries) {
      const button = element('button');
      button.type = 'button';
      button.append(element('span', name(q.actor) + ' between ' + name(q.first) + ' and ' + name(q.second)));
      button.append(element('span', 'strength ' + q.strength + (q.since ? ', active until ' + q.since : ''), 'detail'));
      button.addEventListener('click', () => highlight([q.actor, q.first, q.second]));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
  }

  function showFactions(factions) {
    const list = $('factions');
    list.replaceChildren();
    if (!factions.length) list.append(element('li', 'None in this window.', 'muted'));
    for (const f of factions) {
      const button = element('button');
      button.type = 'button';
      button.append(element('span', name(f.state) + ' divided toward ' + name(f.target)));
      for (const s of f.stances) {
        button.append(element('span', (s.tie.weight > 0 ? '+ ' : '− ') + name(s.actor) + ' (' + s.tie.weight + ')', 'detail'));
      }
      button.addEventListener('click', () => highlight([f.target].concat(f.stances.map((s) => s.actor))));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
  }

  function highlight(ids) {
    const nodes = cy.nodes().filter((n) => ids.includes(n.id()));
    const edges = nodes.edgesWith(nodes);
    cy.elements().addClass('faded').removeClass('highlight');
    nodes.union(edges).removeClass('faded').addClass('highlight');
  }

  // range, when given ({from, to, label}), replaces the window: a period of a stance timeline.
  async function showEvidence(first, second, range) {
    state.tie = { first: first, second: second, range: range };
    // Only the latest request may fill the panel: an earlier, slower answer is dropped.
    const ticket = ++state.evidenceTicket;
    const params = windowParams();
    params.delete('modality');
    params.delete('reviewed');
    params.delete('speaker');
    params.set('between', first + ',' + second);
    if (range) { params.set('from', range.from); params.set('to', range.to); }
    params.set('includeRejected', 'true');
    params.set('limit', '200');
    const page = await api('/api/assertions?' + params);
    if (ticket !== state.evidenceTicket) return;
    $('evidence-title').textContent = name(first) + ' and ' + name(second);
    $('evidence-hint').textContent = page.total + ' assertion' + (page.total === 1 ? '' : 's')
      + (range ? ' in ' + range.label : ' in this window');
    const list = $('evidence');
    list.replaceChildren();
    for (const item of page.items) list.append(card(item));
  }

  function card(item) {
    const a = item.assertion;
    const li = element('li', null, 'card' + (item.verdict ? ' ' + item.verdict : ''));
    li.dataset.assertion = a.id;
    li.append(element('p', a.evidence.text, 'sentence'));
    const when = a.time.start ? a.time.start + (a.time.end && a.time.end !== a.time.start ? ' to ' + a.time.end : '') : 'undated';
    const meta = element('p', [a.sources.map(name).join(', '), a.kind, a.targets.map(name).join(', ')].join(' · ')
      + ' | ' + when + ' | ' + a.modality + ' | speaker: ' + a.speaker + ' | ' + (a.evidence.source || a.evidence.document), 'meta');
    if (item.verdict) meta.append(element('span', item.verdict, 'badge ' + item.verdict));
    li.append(meta);
    if (a.evidence.citations.length) {
      const cites = element('ul', null, 'citations');
      for (const c of a.evidence.citations) {
        cites.append(element('li', [c.author, c.title, c.outlet, c.place, c.dates.join(', ')].filter(Boolean).join(', ')));
      }
      li.append(cites);
    }
    const actions = element('div', null, 'row');
    actions.append(reviewButton('Accept', 'accept', item), reviewButton('Reject', 'reject', item));
    for (const hook of window.entente.cardActions) hook(actions, item, li);
    li.append(actions);
    return li;
  }

  function reviewButton(label, action, item) {
    const b = element('button', label, action);
    b.type = 'button';
    b.addEventListener('click', () => review(action, item.assertion.id));
    return b;
  }

  async function review(action, assertion) {
    try {
      const made = await api('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: action, assertion: assertion, note: 'from the workbench' }) });
      state.lastReview = made.id;
      $('undo').hidden = false;
      await reload();
    } catch (e) {
      status(e.message);
    }
  }

  async function undo() {
    const last = state.lastReview;
    if (!last) return;
    // Reviews are appended, never deleted: an undo takes the last one back, so the one before holds.
    state.lastReview = null;
    $('undo').hidden = true;
    try {
      await api('/api/reviews', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'undo', review: last, note: 'undo from the workbench' }) });
      await reload();
    } catch (e) {
      status(e.message);
    }
  }

  function monthsBetween(first, last) {
    const months = [];
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7));
    const endY = Number(last.slice(0, 4));
    const endM = Number(last.slice(5, 7));
    while (y < endY || (y === endY && m <= endM)) {
      months.push(y + '-' + String(m).padStart(2, '0'));
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }

  function setMonth(index) {
    const month = state.months[index];
    if (!month) return;
    $('month').value = String(index);
    $('from').value = month;
    $('to').value = month;
    $('month-label').textContent = 'Window: ' + month;
  }

  function togglePlay() {
    if (state.playing) {
      clearInterval(state.playing);
      state.playing = null;
      $('play').textContent = '▶ Play';
      return;
    }
    $('play').textContent = '❚❚ Pause';
    state.playing = setInterval(() => {
      const next = Number($('month').value) + 1;
      if (next >= state.months.length) { togglePlay(); return; }
      setMonth(next);
      reload();
    }, PLAY_STEP_MS);
  }

  // The graph is asked for first and drawn as soon as it comes; the controls' lists fill in meanwhile.
  async function setup() {
    $('from').addEventListener('change', () => {
      const index = state.months.indexOf($('from').value);
      if (index >= 0) $('month').value = String(index);
      reload();
    });
    $('speaker').addEventListener('change', () => { state.speaker = $('speaker').value.trim(); reload(); });
    $('to').addEventListener('change', reload);
    $('month').addEventListener('input', () => { setMonth(Number($('month').value)); reload(); });
    $('play').addEventListener('click', togglePlay);
    $('all-time').addEventListener('click', () => { $('from').value = ''; $('to').value = ''; $('month-label').textContent = ''; reload(); });
    $('kind').addEventListener('change', () => { state.kind = $('kind').value; reload(); });
    $('reviewed').addEventListener('change', () => { state.reviewed = $('reviewed').checked; reload(); });
    $('focus').addEventListener('click', () => { state.focus = $('search').value.trim(); reload(); });
    $('search').addEventListener('keydown', (e) => { if (e.key === 'Enter') { state.focus = $('search').value.trim(); reload(); } });
    $('unfocus').addEventListener('click', () => { state.focus = ''; $('search').value = ''; reload(); });
    $('undo').addEventListener('click', undo);
    cy.on('tap', 'edge', (event) => {
      const d = event.target.data();
      showEvidence(d.source, d.target).catch((e) => status(e.message));
    });
    cy.on('tap', (event) => { if (event.target === cy) cy.elements().removeClass('faded highlight'); });
    cy.on('zoom', () => {
      const quiet = state.big && cy.zoom() < LABEL_ZOOM;
      if (quiet !== state.quiet) { state.quiet = quiet; cy.nodes().toggleClass('quiet', quiet); }
    });
    const first = reload();
    const [range, vocabulary, actors] = await Promise.all([
      api('/api/range'), api('/api/vocabulary'), api('/api/actors?limit=1000')]);
    for (const k of vocabulary.kinds) {
      const option = element('option', k);
      option.value = k;
      $('kind').append(option);
    }
    for (const m of vocabulary.modalities) {
      const label = element('label', null, 'check');
      const box = element('input');
      box.type = 'checkbox';
      box.value = m;
      box.checked = FACTUAL.includes(m);
      box.addEventListener('change', () => {
        state.modalities = Array.from(document.querySelectorAll('#modalities input:checked')).map((i) => i.value);
        reload();
      });
      label.append(box, document.createTextNode(' ' + m));
      $('modalities').append(label);
    }
    for (const a of actors.items) {
      state.names[a.id] = a.name;
      const option = element('option');
      option.value = a.id;
      option.label = a.name;
      $('actor-list').append(option);
    }
    if (range.first && range.last) {
      state.months = monthsBetween(range.first, range.last);
      $('month').max = String(state.months.length - 1);
      $('from').min = $('to').min = state.months[0];
      $('from').max = $('to').max = state.months[state.months.length - 1];
    }
    await first;
  }

  // What actors.js and review.js build on: the helpers, and hooks for evidence cards and reloads.
  window.entente = {
    cy: cy, state: state, reload: reload, showEvidence: showEvidence, renders: 0,
    api: api, element: element, status: status, name: name, windowParams: windowParams,
    cardActions: [], afterReload: [], timings: {}
  };
  setup().catch((e) => status(e.message));
})();
