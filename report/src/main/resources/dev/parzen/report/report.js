// Builds the Parzen report from the JSON in #parzen-data: the cards, the ECharts charts and the
// trial table. Data only ever reaches the page through textContent and ECharts, never as markup.
(function () {
  'use strict';

  var GOOD_TO_BAD = ['#1b3a8a', '#2f6db5', '#5fa2d6', '#f2c14e', '#e07a2f'];
  var STATUS_COLOURS = {
    OK: '#2f6db5', FAILED: '#c0392b', TIMED_OUT: '#d68910', CANCELLED: '#95a5a6', INTERRUPTED: '#95a5a6'
  };
  var FAILED_LINE = '#9aa5b1';
  var BEST_COLOUR = '#f2c14e';

  var data = JSON.parse(document.getElementById('parzen-data').textContent);
  var maximize = data.direction === 'maximize';
  var LOSS = maximize ? 'score' : 'loss'; // what the objective returns, as users call it
  var params = data.params;
  var trials = data.trials;
  var ok = trials.filter(function (t) { return t.status === 'OK'; });
  var notOk = trials.filter(function (t) { return t.status !== 'OK'; });
  var best = trials.filter(function (t) { return t.number === data.best; })[0] || null;
  var charts = [];
  var selection = null; // trial numbers inside the brushed ranges; null when nothing is brushed
  var repaintSelection = [];

  // --- Formatting ---

  function fmt(v) {
    if (v === null || v === undefined) return '';
    if (typeof v !== 'number') return String(v);
    if (Number.isInteger(v)) return String(v);
    var a = Math.abs(v);
    if (a !== 0 && (a < 1e-4 || a >= 1e7)) return v.toExponential(3).replace(/\.?0+e/, 'e');
    return String(Number(v.toPrecision(4)));
  }

  // Losses keep six significant digits: close trials must stay distinguishable.
  function fmtLoss(v) {
    if (v === null || v === undefined) return '';
    var a = Math.abs(v);
    if (a !== 0 && (a < 1e-4 || a >= 1e7)) return v.toExponential(5).replace(/\.?0+e/, 'e');
    return String(Number(v.toPrecision(6)));
  }

  function seconds(s) {
    if (s < 1) return Math.round(s * 1000) + ' ms';
    if (s < 10) return s.toFixed(1) + ' s';
    var whole = Math.round(s);
    if (whole < 60) return whole + ' s';
    var m = Math.floor(whole / 60);
    if (m < 60) return m + 'm ' + String(whole % 60).padStart(2, '0') + 's';
    return Math.floor(m / 60) + 'h ' + String(m % 60).padStart(2, '0') + 'm';
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function valueOf(t, p) {
    var v = t.values[p.label];
    return v === undefined ? null : v;
  }

  // An axis name, with the condition of a conditional parameter on a second, smaller line.
  function axisTitle(p) {
    return p.condition ? '{cond|' + p.condition + '}\n' + p.label : p.label;
  }

  // --- The loss scale, shared by every chart ---

  var losses = ok.map(function (t) { return t.loss; });
  var lossMin = losses.length ? Math.min.apply(null, losses) : 0;
  var lossMax = losses.length ? Math.max.apply(null, losses) : 1;
  var lossLog = losses.length > 1 && lossMin > 0 && lossMax / lossMin > 100;
  // Failed trials have no loss: charts with a loss axis draw them at its worst end.
  var failedY = maximize ? lossMin : lossMax;

  function lossAxis(extra) {
    var axis = { type: lossLog ? 'log' : 'value', scale: true, name: LOSS };
    return Object.assign(axis, extra || {});
  }

  function faded(t) {
    return selection !== null && !selection.has(t.number);
  }

  function point(t, x, y) {
    return { value: [x, y], name: '#' + t.number, trial: t, itemStyle: { opacity: faded(t) ? 0.12 : 0.85 } };
  }

  function tooltip(item) {
    var t = item.data && item.data.trial;
    if (!t) return item.seriesName;
    var lines = ['#' + t.number + ' ' + t.status];
    if (t.loss !== null) lines.push(LOSS + ' ' + fmtLoss(t.loss));
    if (t.error) lines.push(t.error.length > 120 ? t.error.slice(0, 117) + '…' : t.error);
    Object.keys(t.values).forEach(function (k) { lines.push(k + ' = ' + fmt(t.values[k])); });
    lines.push(seconds(t.seconds));
    // ECharts renders tooltip strings as HTML: hand it text nodes' escaped form.
    var div = document.createElement('div');
    return lines.map(function (l) { div.textContent = l; return div.innerHTML; }).join('<br>');
  }

  function chart(id) {
    var c = echarts.init(document.getElementById(id));
    charts.push(c);
    return c;
  }

  function emptyTitle(text) {
    return { text: text, left: 'center', top: 'middle', textStyle: { color: '#9aa5b1', fontSize: 14, fontWeight: 400 } };
  }

  // --- Header and cards ---

  function header() {
    var finished = trials.filter(function (t) { return t.status === 'OK' || t.status === 'FAILED' || t.status === 'TIMED_OUT'; });
    var failed = trials.filter(function (t) { return t.status === 'FAILED' || t.status === 'TIMED_OUT'; });
    var parts = [
      data.direction, data.algorithm, 'seed ' + data.seed,
      finished.length + '/' + data.maxEvals + ' trials', failed.length + ' failed',
      seconds(data.elapsedSeconds), 'written ' + new Date(data.generatedAt).toLocaleString()
    ];
    document.getElementById('subtitle').textContent = parts.join(' · ');
    if (maximize) {
      document.getElementById('loss-title').textContent = 'Score per trial';
      document.getElementById('scatter-title').textContent = 'Score by parameter';
    }
    var state = document.getElementById('state');
    if (data.running) {
      state.appendChild(el('span', 'badge running', 'running'));
      autoReload(state);
    } else {
      state.appendChild(el('span', 'badge finished', 'finished: ' + data.stopReason));
    }
  }

  function autoReload(state) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    var paused = false;
    try { paused = sessionStorage.getItem('parzen-paused') === '1'; } catch (e) { /* storage off */ }
    box.checked = !paused;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' reload every ' + data.refreshSeconds + ' s'));
    state.appendChild(label);
    var timer = null;
    function arm() {
      if (timer) clearTimeout(timer);
      timer = box.checked ? setTimeout(function () { location.reload(); }, data.refreshSeconds * 1000) : null;
    }
    box.addEventListener('change', function () {
      try { sessionStorage.setItem('parzen-paused', box.checked ? '0' : '1'); } catch (e) { /* storage off */ }
      arm();
    });
    arm();
  }

  function bestCard() {
    var box = document.getElementById('best');
    if (!best) {
      box.appendChild(el('p', 'muted', data.running ? 'no successful trial yet' : 'no trial succeeded'));
      return;
    }
    var big = el('div', 'best-loss', fmtLoss(best.loss));
    if (best.variance !== null) big.appendChild(el('small', null, ' ± ' + fmt(Math.sqrt(best.variance))));
    big.appendChild(el('small', null, ' · trial #' + best.number + ' · ' + seconds(best.seconds)));
    box.appendChild(big);
    var table = el('table', 'kv');
    Object.keys(best.values).forEach(function (k) {
      var tr = el('tr');
      tr.appendChild(el('td', null, k));
      tr.appendChild(el('td', null, fmt(best.values[k])));
      table.appendChild(tr);
    });
    box.appendChild(table);
  }

  function runCard() {
    var dl = document.getElementById('run');
    function row(k, v) { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); }
    var byStatus = {};
    trials.forEach(function (t) { byStatus[t.status] = (byStatus[t.status] || 0) + 1; });
    row('status', data.running ? 'running, ' + data.runningTrials + ' trial(s) in flight' : data.stopReason);
    row('trials', Object.keys(byStatus).map(function (s) { return byStatus[s] + ' ' + s.toLowerCase(); }).join(', ') || 'none yet');
    row('budget', data.maxEvals + ' trials');
    if (data.resumedTrials > 0) row('resumed', data.resumedTrials + ' trials from the journal' + (data.running ? ' (shown when the run ends)' : ''));
    row('algorithm', data.algorithm + ', seed ' + data.seed);
    row('parallelism', data.parallelism + ' on ' + data.executor);
    row('started', new Date(data.startedAt).toLocaleString());
    row('elapsed', seconds(data.elapsedSeconds));
    if (trials.length) {
      var total = trials.reduce(function (s, t) { return s + t.seconds; }, 0);
      row('per trial', seconds(total / trials.length) + ' on average');
    }
  }

  function diagnosticsCard() {
    var ul = document.getElementById('diagnostics');
    if (!data.diagnostics.length) {
      ul.appendChild(el('li', 'muted', data.running ? 'written when the tuning ends' : 'none: nothing to adjust'));
      return;
    }
    data.diagnostics.forEach(function (d) {
      var li = el('li');
      li.appendChild(el('span', 'kind', d.kind.toLowerCase().replace(/_/g, ' ')));
      li.appendChild(document.createTextNode(d.message));
      ul.appendChild(li);
    });
  }

  // --- Parallel coordinates ---

  var brushed = {}; // axis index -> intervals in data units (category axes: option index)

  function lineOf(t) {
    return params.map(function (p) { return valueOf(t, p); }).concat([t.loss]);
  }

  function parallelChart() {
    var c = chart('chart-parallel');
    var axes = params.map(function (p, i) {
      var a = { dim: i, id: 'axis' + i, name: axisTitle(p) };
      if (p.type === 'category') {
        a.type = 'category';
        a.data = p.categories;
      } else {
        a.type = p.type;
        if (p.min !== null) a.min = p.min; else a.scale = true;
        if (p.max !== null) a.max = p.max;
      }
      return a;
    });
    axes.push(lossAxis({ dim: params.length, id: 'axis' + params.length }));
    var bestData = function (t) {
      var item = { value: lineOf(t), name: '#' + t.number, trial: t };
      if (best && t.number === best.number) item.lineStyle = { width: 4, opacity: 1 };
      return item;
    };
    var span = lossMax > lossMin ? [lossMin, lossMax] : [lossMin - 1, lossMax + 1];
    c.setOption({
      animation: false,
      tooltip: { trigger: 'item', confine: true, formatter: tooltip },
      parallel: {
        left: 70, right: 120, top: 80, bottom: 40,
        parallelAxisDefault: {
          nameLocation: 'end', nameGap: 16,
          nameTextStyle: { fontSize: 12, lineHeight: 16, color: '#1f2933', rich: { cond: { fontSize: 10.5, color: '#66737f', lineHeight: 16 } } },
          areaSelectStyle: { width: 18, opacity: 0.25 },
          axisLabel: { formatter: function (v) { return fmt(v); }, backgroundColor: 'rgba(255,255,255,0.75)', padding: [1, 3] }
        }
      },
      parallelAxis: axes,
      visualMap: {
        type: 'continuous', seriesIndex: 0, dimension: params.length, min: span[0], max: span[1],
        calculable: false, right: 16, top: 'middle', itemHeight: 200,
        text: maximize ? ['better', 'worse'] : ['worse', 'better'],
        inRange: { color: maximize ? GOOD_TO_BAD.slice().reverse() : GOOD_TO_BAD }
      },
      series: [
        { name: 'trials', type: 'parallel', lineStyle: { width: 1.4, opacity: 0.7 }, inactiveOpacity: 0.04,
          activeOpacity: 1, emphasis: { lineStyle: { width: 3 } }, data: ok.map(bestData) },
        { name: 'failed', type: 'parallel', inactiveOpacity: 0.03, activeOpacity: 1,
          lineStyle: { color: FAILED_LINE, type: 'dashed', width: 1.2, opacity: 0.8 }, data: notOk.map(bestData) }
      ]
    });
    c.on('axisareaselected', function (e) {
      var dim = Number(String(e.parallelAxisId).replace('axis', ''));
      if (!isNaN(dim)) brushed[dim] = e.intervals || [];
      select();
    });
  }

  function inRanges(t) {
    return Object.keys(brushed).every(function (key) {
      var intervals = brushed[key];
      if (!intervals.length) return true;
      var dim = Number(key);
      var v;
      if (dim === params.length) {
        v = t.loss;
      } else {
        var p = params[dim];
        v = valueOf(t, p);
        if (v !== null && p.type === 'category') v = p.categories.indexOf(String(v));
      }
      if (v === null) return false;
      return intervals.some(function (r) { return v >= Math.min(r[0], r[1]) && v <= Math.max(r[0], r[1]); });
    });
  }

  function select() {
    var any = Object.keys(brushed).some(function (k) { return brushed[k].length > 0; });
    selection = any ? new Set(trials.filter(inRanges).map(function (t) { return t.number; })) : null;
    document.getElementById('selection').textContent = any
      ? selection.size + ' of ' + trials.length + ' trials in the brushed ranges'
      : '';
    repaintSelection.forEach(function (f) { f(); });
  }

  // --- Loss and duration per trial ---

  function failedMarks(xOf) {
    return {
      name: 'failed', type: 'scatter', symbol: 'triangle', symbolSize: 9, itemStyle: { color: STATUS_COLOURS.FAILED },
      data: notOk.map(function (t) { return point(t, xOf(t), failedY); })
    };
  }

  function bestMark(x) {
    return {
      name: 'best', type: 'scatter', symbol: 'diamond', symbolSize: 16, z: 5,
      itemStyle: { color: BEST_COLOUR, borderColor: '#1b3a8a', borderWidth: 1.5 },
      data: best && x !== null ? [point(best, x, best.loss)] : []
    };
  }

  function bestSoFar() {
    var out = [];
    var current = null;
    ok.forEach(function (t) {
      if (current === null || (maximize ? t.loss > current : t.loss < current)) current = t.loss;
      out.push([t.number, current]);
    });
    if (out.length && trials.length) out.push([trials[trials.length - 1].number, current]);
    return out;
  }

  function lossChart() {
    var c = chart('chart-loss');
    function option() {
      return {
        animation: false,
        title: ok.length ? undefined : emptyTitle(data.running ? 'no successful trial yet' : 'no trial succeeded'),
        tooltip: { trigger: 'item', confine: true, formatter: tooltip },
        legend: { top: 0, data: [LOSS, 'best so far', 'failed', 'best'] },
        grid: { left: 60, right: 24, top: 40, bottom: 40 },
        xAxis: { type: 'value', name: 'trial', nameLocation: 'middle', nameGap: 26, minInterval: 1, scale: true },
        yAxis: lossAxis(),
        series: [
          { name: LOSS, type: 'scatter', symbolSize: 7, itemStyle: { color: STATUS_COLOURS.OK },
            data: ok.map(function (t) { return point(t, t.number, t.loss); }) },
          { name: 'best so far', type: 'line', step: 'end', symbol: 'none', silent: true,
            lineStyle: { color: '#1b3a8a', width: 2 }, itemStyle: { color: '#1b3a8a' }, data: bestSoFar() },
          failedMarks(function (t) { return t.number; }),
          bestMark(best ? best.number : null)
        ]
      };
    }
    c.setOption(option());
    repaintSelection.push(function () { c.setOption(option()); });
  }

  function durationChart() {
    var c = chart('chart-duration');
    function option() {
      return {
        animation: false,
        title: trials.length ? undefined : emptyTitle('no finished trial yet'),
        tooltip: { trigger: 'item', confine: true, formatter: tooltip },
        grid: { left: 60, right: 24, top: 40, bottom: 40 },
        xAxis: { type: 'value', name: 'trial', nameLocation: 'middle', nameGap: 26, minInterval: 1, scale: true },
        yAxis: { type: 'value', name: 'seconds' },
        series: [{
          name: 'duration', type: 'bar', barMaxWidth: 14, barMinHeight: 1,
          data: trials.map(function (t) {
            var d = point(t, t.number, t.seconds);
            d.itemStyle.color = STATUS_COLOURS[t.status] || STATUS_COLOURS.CANCELLED;
            return d;
          })
        }]
      };
    }
    c.setOption(option());
    repaintSelection.push(function () { c.setOption(option()); });
  }

  // --- One scatter per parameter ---

  function scatterChart(p, i) {
    var box = el('div', 'chart');
    box.id = 'chart-param-' + i;
    document.getElementById('scatters').appendChild(box);
    var c = chart(box.id);
    var x = p.type === 'category'
      ? { type: 'category', data: p.categories }
      : { type: p.type, min: p.min === null ? undefined : p.min, max: p.max === null ? undefined : p.max, scale: p.min === null };
    x.name = p.label;
    x.nameLocation = 'middle';
    x.nameGap = 26;
    x.axisLabel = { formatter: p.type === 'category' ? undefined : function (v) { return fmt(v); }, hideOverlap: true };
    var withP = function (t) { return valueOf(t, p) !== null; };
    function option() {
      return {
        animation: false,
        title: { text: p.condition ? p.label + '  (' + p.condition + ')' : p.label, left: 8, top: 4, textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'item', confine: true, formatter: tooltip },
        grid: { left: 56, right: 18, top: 36, bottom: 44 },
        xAxis: x,
        yAxis: lossAxis({ name: null }),
        series: [
          { name: LOSS, type: 'scatter', symbolSize: 7, itemStyle: { color: STATUS_COLOURS.OK },
            data: ok.filter(withP).map(function (t) { return point(t, valueOf(t, p), t.loss); }) },
          { name: 'failed', type: 'scatter', symbol: 'triangle', symbolSize: 9, itemStyle: { color: STATUS_COLOURS.FAILED },
            data: notOk.filter(withP).map(function (t) { return point(t, valueOf(t, p), failedY); }) },
          bestMark(best && withP(best) ? valueOf(best, p) : null)
        ]
      };
    }
    c.setOption(option());
    repaintSelection.push(function () { c.setOption(option()); });
  }

  // --- The trial table ---

  function table() {
    var columns = [
      { title: '#', key: function (t) { return t.number; } },
      { title: 'status', text: true, key: function (t) { return t.status; } },
      { title: LOSS, loss: true, key: function (t) { return t.loss; } }
    ].concat(params.map(function (p) {
      return { title: p.label, text: p.type === 'category', param: p, key: function (t) { return valueOf(t, p); } };
    })).concat([
      { title: 'duration', key: function (t) { return t.seconds; } },
      { title: 'error', text: true, key: function (t) { return t.error; } }
    ]);
    var head = el('tr');
    columns.forEach(function (col) {
      var th = el('th', col.text ? 'text' : null, col.title);
      if (col.param && col.param.condition) th.title = 'only when ' + col.param.condition;
      th.addEventListener('click', function () { sortBy(col, th); });
      head.appendChild(th);
    });
    var tableEl = document.getElementById('trials');
    tableEl.tHead.appendChild(head);
    var rows = trials.map(function (t) { return { trial: t, tr: rowOf(t, columns) }; });
    var body = tableEl.tBodies[0];
    var sorted = { col: null, dir: 1 };

    function sortBy(col, th) {
      sorted.dir = sorted.col === col ? -sorted.dir : 1;
      sorted.col = col;
      head.querySelectorAll('th').forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
      th.classList.add(sorted.dir > 0 ? 'sorted-asc' : 'sorted-desc');
      rows.sort(function (a, b) { return compare(col.key(a.trial), col.key(b.trial)) * sorted.dir || a.trial.number - b.trial.number; });
      paint();
    }

    function paint() {
      var shown = 0;
      rows.forEach(function (r) {
        var visible = selection === null || selection.has(r.trial.number);
        r.tr.hidden = !visible;
        if (visible) shown++;
        body.appendChild(r.tr);
      });
      document.getElementById('table-count').textContent = selection === null
        ? trials.length + ' trials'
        : shown + ' of ' + trials.length + ' trials shown';
    }

    repaintSelection.push(paint);
    paint();
  }

  function compare(a, b) {
    var aMissing = a === null || a === undefined;
    var bMissing = b === null || b === undefined;
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), undefined, { numeric: true });
  }

  function rowOf(t, columns) {
    var tr = el('tr', best && t.number === best.number ? 'best' : null);
    columns.forEach(function (col) {
      var v = col.key(t);
      var td = el('td', col.text ? 'text' : null);
      if (col.title === 'status') {
        td.appendChild(el('span', 'status ' + t.status, t.status.toLowerCase().replace('_', ' ')));
      } else if (col.title === 'error') {
        td.className = 'error';
        if (t.trace) {
          var details = el('details');
          details.appendChild(el('summary', null, t.error));
          details.appendChild(el('pre', null, t.trace));
          td.appendChild(details);
        } else if (t.error) {
          td.textContent = t.error;
        }
      } else if (col.loss) {
        td.textContent = fmtLoss(v);
      } else if (col.title === 'duration') {
        td.textContent = seconds(t.seconds);
      } else if (col.param && v === null) {
        td.className += ' absent';
        td.textContent = '—';
        td.title = 'not used in this trial (only when ' + col.param.condition + ')';
      } else {
        td.textContent = fmt(v);
      }
      tr.appendChild(td);
    });
    return tr;
  }

  // --- Rendering status, read by tests and tools through the DOM ---

  function publish() {
    var status = document.getElementById('render-status');
    var chartBoxes = document.querySelectorAll('.chart');
    var drawn = 0;
    chartBoxes.forEach(function (b) { if (b.querySelector('canvas, svg')) drawn++; });
    status.setAttribute('data-state', 'rendered');
    status.setAttribute('data-charts', String(chartBoxes.length));
    status.setAttribute('data-drawn', String(drawn));
    status.setAttribute('data-trials', String(trials.length));
    status.setAttribute('data-rows', String(document.getElementById('trials').tBodies[0].rows.length));
    status.setAttribute('data-errors', String(window.parzenErrors.length));
    status.textContent = window.parzenErrors.join('\n');
  }

  try {
    header();
    bestCard();
    runCard();
    diagnosticsCard();
    parallelChart();
    lossChart();
    durationChart();
    params.forEach(scatterChart);
    table();
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  } catch (e) {
    window.parzenErrors.push(String(e && e.stack || e));
    throw e;
  } finally {
    publish();
  }
})();
