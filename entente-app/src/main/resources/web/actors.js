// Entente workbench: the page of one actor, with its stance timeline toward chosen actors drawn as
// an SVG chart. Everything from the store is written with textContent, never as HTML.
'use strict';

(function () {
  const E = window.entente;
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const CHART = { width: 330, height: 190, left: 34, right: 10, top: 12, bottom: 26 };
  const SERIES = [
    { color: '#2b5a8a', dash: '' }, { color: '#8a4b2b', dash: '6 3' }, { color: '#5b2b8a', dash: '2 3' },
    { color: '#2b8a7d', dash: '10 3 2 3' }, { color: '#8a7d2b', dash: '4 4' }
  ];
  const page = { id: null, counterparts: [], per: 'month', ticket: 0 };
  const moved = new Map();

  function encode(id) {
    return encodeURIComponent(id);
  }

  function button(text, className, onClick) {
    const b = E.element('button', text, className);
    b.type = 'button';
    b.addEventListener('click', () => Promise.resolve(onClick()).catch((e) => E.status(e.message)));
    return b;
  }

  function section(title) {
    const s = E.element('div', null, 'actor-part');
    s.append(E.element('h3', title));
    return s;
  }

  async function openActor(id) {
    if (!id) return;
    if (page.id !== id) { page.id = id; page.counterparts = []; }
    $('actor-page').hidden = false;
    await draw();
    $('actor-page').scrollIntoView({ block: 'start' });
  }

  function closeActor() {
    page.id = null;
    $('actor-page').hidden = true;
  }

  // Only the latest drawing may fill the page: an earlier, slower one is dropped.
  async function draw() {
    if (!page.id) return;
    const ticket = ++page.ticket;
    const params = E.windowParams();
    params.set('actor', page.id);
    let actor;
    try {
      actor = await E.api('/api/actors/' + encode(page.id));
    } catch (e) {
      if (ticket !== page.ticket) return;
      $('actor-body').replaceChildren(E.element('p', 'No actor ' + page.id + ' any more (merged into another?).', 'muted'));
      $('actor-name').textContent = page.id;
      return;
    }
    const network = await E.api('/api/network?' + params);
    if (ticket !== page.ticket) return;
    const ties = network.ties.filter((t) => t.first === actor.id || t.second === actor.id)
      .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
    const neighbours = ties.map((t) => (t.first === actor.id ? t.second : t.first));
    if (!page.counterparts.length && neighbours.length) page.counterparts = [neighbours[0]];
    $('actor-name').textContent = actor.name;
    $('actor-body').replaceChildren(facts(actor), strongest(actor.id, ties), timelinePart(neighbours), reviewPart(actor));
    await drawTimeline(ticket);
  }

  function facts(actor) {
    const part = E.element('div', null, 'actor-facts');
    part.append(E.element('p', actor.id + ' · ' + actor.type + ' · ' + actor.assertions + ' assertion'
      + (actor.assertions === 1 ? '' : 's') + ' in the store', 'meta'));
    const aliases = section('Aliases');
    const list = E.element('ul', null, 'plain aliases');
    for (const a of actor.aliases) list.append(E.element('li', a.text + ' (' + a.kind + ')'));
    if (!actor.aliases.length) list.append(E.element('li', 'none', 'muted'));
    aliases.append(list);
    const affiliations = section('Affiliations');
    const alist = E.element('ul', null, 'plain affiliations');
    for (const f of actor.affiliations) {
      alist.append(E.element('li', f.role + ' of ' + E.name(f.actor) + ' (' + f.actor + '), '
        + (f.from || 'since ever') + ' to ' + (f.to || 'now')));
    }
    if (!actor.affiliations.length) alist.append(E.element('li', 'none', 'muted'));
    affiliations.append(alist);
    part.append(aliases, affiliations);
    return part;
  }

  function strongest(id, ties) {
    const part = section('Strongest ties in the window');
    const list = E.element('ol', null, 'list actor-ties');
    for (const t of ties.slice(0, 8)) {
      const other = t.first === id ? t.second : t.first;
      const mark = t.sign > 0 ? '+' : t.sign < 0 ? '−' : '0';
      const b = button(mark + ' ' + E.name(other), null, () => E.showEvidence(id, other));
      b.append(E.element('span', 'weight ' + t.weight + ', ' + t.count + ' assertion' + (t.count === 1 ? '' : 's')
        + (t.latest ? ', latest ' + t.latest : ''), 'detail'));
      const li = E.element('li');
      li.append(b);
      list.append(li);
    }
    if (!ties.length) list.append(E.element('li', 'No ties in this window.', 'muted'));
    part.append(list);
    return part;
  }

  function timelinePart(neighbours) {
    const part = section('Stance over time');
    const row = E.element('div', null, 'row');
    const pick = E.element('select');
    pick.id = 'counterpart';
    pick.setAttribute('aria-label', 'Counterpart to add');
    for (const n of neighbours) {
      const o = E.element('option', E.name(n) + ' (' + n + ')');
      o.value = n;
      pick.append(o);
    }
    const other = E.element('input');
    other.type = 'search';
    other.setAttribute('list', 'actor-list');
    other.placeholder = 'or any actor id';
    other.setAttribute('aria-label', 'Any actor to add');
    const add = button('Add', 'add-counterpart', () => {
      const chosen = other.value.trim() || pick.value;
      if (chosen && chosen !== page.id && !page.counterparts.includes(chosen)) page.counterparts.push(chosen);
      return draw();
    });
    const per = E.element('select');
    per.setAttribute('aria-label', 'Period');
    for (const p of ['month', 'year']) {
      const o = E.element('option', 'per ' + p);
      o.value = p;
      o.selected = p === page.per;
      per.append(o);
    }
    per.addEventListener('change', () => { page.per = per.value; draw().catch((e) => E.status(e.message)); });
    row.append(pick, other, add, per);
    const chips = E.element('div', null, 'row chips');
    page.counterparts.forEach((c, i) => {
      const chip = button('× ' + E.name(c), 'chip', () => { page.counterparts.splice(i, 1); return draw(); });
      chip.style.borderColor = SERIES[i % SERIES.length].color;
      chip.title = 'Remove ' + c + ' from the chart';
      chips.append(chip);
    });
    const chart = E.element('div', null, 'chart');
    chart.id = 'stance-chart';
    const tip = E.element('div', null, 'chart-tip');
    tip.id = 'chart-tip';
    tip.hidden = true;
    part.append(row, chips, chart, tip);
    return part;
  }

  function filterParams() {
    const params = E.windowParams();
    params.delete('from');
    params.delete('to');
    return params;
  }

  async function drawTimeline(ticket) {
    const series = [];
    for (const c of page.counterparts) {
      const params = filterParams();
      params.set('a', page.id);
      params.set('b', c);
      params.set('per', page.per);
      series.push({ counterpart: c, points: (await E.api('/api/timeline?' + params)).points });
    }
    if (ticket !== page.ticket) return;
    const chart = $('stance-chart');
    chart.replaceChildren();
    if (!series.some((s) => s.points.length)) {
      chart.append(E.element('p', page.counterparts.length ? 'No dated assertions between them.' : 'Pick an actor to compare.', 'muted'));
      return;
    }
    chart.append(svgChart(series));
    chart.dataset.points = String(series.reduce((n, s) => n + s.points.length, 0));
  }

  function node(tag, attributes) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes || {})) e.setAttribute(k, String(v));
    return e;
  }

  function svgText(x, y, text, anchor) {
    const t = node('text', { x: x, y: y, 'text-anchor': anchor || 'start', class: 'axis' });
    t.textContent = text;
    return t;
  }

  // Months count from year 0 so that gaps between periods keep their width.
  function position(period) {
    return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
  }

  function periodLabel(period) {
    return page.per === 'year' ? period.slice(0, 4) : period.slice(0, 7);
  }

  function svgChart(series) {
    const all = series.flatMap((s) => s.points);
    const first = Math.min(...all.map((p) => position(p.period)));
    const last = Math.max(...all.map((p) => position(p.period)));
    const top = Math.max(1, ...all.map((p) => Math.abs(p.weight)));
    const w = CHART.width - CHART.left - CHART.right;
    const h = CHART.height - CHART.top - CHART.bottom;
    const x = (p) => CHART.left + (last === first ? w / 2 : (position(p.period) - first) / (last - first) * w);
    const y = (v) => CHART.top + h / 2 - v / top * h / 2;
    const svg = node('svg', { viewBox: '0 0 ' + CHART.width + ' ' + CHART.height, role: 'img', class: 'stance' });
    const title = node('title');
    title.textContent = 'Stance of ' + E.name(page.id) + ' toward ' + series.map((s) => E.name(s.counterpart)).join(', ');
    svg.append(title);
    svg.append(node('line', { x1: CHART.left, x2: CHART.left + w, y1: y(0), y2: y(0), class: 'zero' }));
    svg.append(svgText(CHART.left - 4, y(top) + 4, '+' + top, 'end'), svgText(CHART.left - 4, y(0) + 4, '0', 'end'),
      svgText(CHART.left - 4, y(-top) + 4, '−' + top, 'end'));
    svg.append(svgText(CHART.left - 4 + w, CHART.top + 9, 'cooperative ▲', 'end'),
      svgText(CHART.left - 4 + w, CHART.top + h - 2, 'hostile ▼', 'end'));
    const firstPoint = all.find((p) => position(p.period) === first);
    const lastPoint = all.find((p) => position(p.period) === last);
    svg.append(svgText(CHART.left, CHART.height - 8, periodLabel(firstPoint.period), 'start'));
    if (last !== first) svg.append(svgText(CHART.left + w, CHART.height - 8, periodLabel(lastPoint.period), 'end'));
    series.forEach((s, i) => {
      const style = SERIES[i % SERIES.length];
      const points = s.points.slice().sort((p, q) => position(p.period) - position(q.period));
      // A step line: each period's stance holds until the next period with assertions.
      let d = '';
      points.forEach((p, j) => {
        d += j === 0 ? 'M' + x(p).toFixed(1) + ' ' + y(p.weight).toFixed(1) : ' H' + x(p).toFixed(1) + ' V' + y(p.weight).toFixed(1);
      });
      svg.append(node('path', { d: d.trim(), class: 'series', stroke: style.color, 'stroke-dasharray': style.dash }));
      for (const p of points) svg.append(marker(s.counterpart, p, x(p), y(p.weight), style.color));
    });
    return svg;
  }

  // Sign is in the marker's shape too: a triangle up for cooperative, down for hostile, a ring for neutral.
  function marker(counterpart, p, cx, cy, color) {
    const g = node('g', { class: 'point', tabindex: 0, 'data-counterpart': counterpart, 'data-period': p.period });
    const r = 5;
    const shape = p.weight > 0
      ? node('path', { d: 'M' + cx + ' ' + (cy - r) + 'L' + (cx + r) + ' ' + (cy + r) + 'L' + (cx - r) + ' ' + (cy + r) + 'Z', fill: color })
      : p.weight < 0
        ? node('path', { d: 'M' + cx + ' ' + (cy + r) + 'L' + (cx + r) + ' ' + (cy - r) + 'L' + (cx - r) + ' ' + (cy - r) + 'Z', fill: color })
        : node('circle', { cx: cx, cy: cy, r: r - 1, fill: '#fff', stroke: color, 'stroke-width': 2 });
    g.append(node('circle', { cx: cx, cy: cy, r: 9, class: 'hit' }), shape);
    g.addEventListener('mouseenter', () => tip(counterpart, p, cx, cy).catch((e) => E.status(e.message)));
    g.addEventListener('focus', () => tip(counterpart, p, cx, cy).catch((e) => E.status(e.message)));
    g.addEventListener('mouseleave', () => { $('chart-tip').hidden = true; });
    g.addEventListener('click', () => periodEvidence(counterpart, p).catch((e) => E.status(e.message)));
    return g;
  }

  function periodRange(p) {
    const period = page.per === 'year' ? p.period.slice(0, 4) : p.period.slice(0, 7);
    return { from: period, to: period, label: period };
  }

  async function tip(counterpart, p, cx, cy) {
    const box = $('chart-tip');
    const value = (p.weight > 0 ? '+' : '') + p.weight;
    box.replaceChildren(E.element('strong', E.name(page.id) + ' toward ' + E.name(counterpart) + ', ' + periodLabel(p.period)),
      E.element('span', value + ' from ' + p.count + ' assertion' + (p.count === 1 ? '' : 's')
        + ' (' + p.positive + ' cooperative, ' + p.negative + ' hostile)', 'detail'));
    const chart = $('stance-chart');
    const scale = chart.clientWidth / CHART.width;
    box.style.left = Math.round(chart.offsetLeft + cx * scale) + 'px';
    box.style.top = Math.round(chart.offsetTop + cy * scale) + 'px';
    box.hidden = false;
    const id = p.evidence[0];
    if (!moved.has(id)) moved.set(id, await E.api('/api/assertions/' + encode(id)));
    const a = moved.get(id).assertion;
    box.append(E.element('span', 'Moved most by: ' + a.evidence.text, 'detail moved'));
  }

  async function periodEvidence(counterpart, p) {
    await E.showEvidence(page.id, counterpart, periodRange(p));
    $('evidence-panel').scrollIntoView({ block: 'start' });
  }

  function reviewPart(actor) {
    const part = section('Review');
    const alias = E.element('input');
    alias.type = 'text';
    alias.id = 'alias-text';
    alias.placeholder = 'another name';
    alias.setAttribute('aria-label', 'Alias');
    const kind = E.element('select');
    kind.id = 'alias-kind';
    kind.setAttribute('aria-label', 'Kind of alias');
    for (const k of ['name', 'short-name', 'abbreviation', 'demonym', 'metonym', 'epithet']) {
      const o = E.element('option', k);
      o.value = k;
      kind.append(o);
    }
    const addAlias = button('Add alias', 'add-alias', async () => {
      if (!alias.value.trim()) return;
      await E.postReview({ action: 'alias', actor: actor.id, alias: alias.value.trim(), aliasKind: kind.value });
    });
    const into = E.element('input');
    into.type = 'search';
    into.id = 'merge-into';
    into.setAttribute('list', 'actor-list');
    into.placeholder = 'actor id to merge into';
    into.setAttribute('aria-label', 'Merge into');
    const merge = button('Merge into…', 'merge', async () => {
      const target = into.value.trim();
      if (!target || target === actor.id) { E.status('Name another actor to merge ' + actor.id + ' into.'); return; }
      await E.postReview({ action: 'merge', from: actor.id, into: target });
      await openActor(target);
    });
    const first = E.element('div', null, 'row');
    first.append(alias, kind, addAlias);
    const second = E.element('div', null, 'row');
    second.append(into, merge);
    part.append(first, second);
    return part;
  }

  function panel() {
    const s = E.element('section');
    s.id = 'actor-page';
    s.hidden = true;
    const head = E.element('div', null, 'actor-head');
    const name = E.element('h2');
    name.id = 'actor-name';
    head.append(name, button('Close', 'close', closeActor));
    const body = E.element('div');
    body.id = 'actor-body';
    s.append(head, body);
    const side = document.querySelector('.panel.side');
    side.insertBefore(s, side.firstChild);
    const row = document.querySelector('#focus').parentElement;
    row.append(button('Actor page', 'open-actor', () => openActor($('search').value.trim())));
  }

  panel();
  E.openActor = openActor;
  E.cy.on('tap', 'node', (event) => openActor(event.target.id()).catch((e) => E.status(e.message)));
  E.afterReload.push(draw);
})();
