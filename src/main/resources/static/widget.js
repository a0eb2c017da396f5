/*
 * Work in NL chat widget. A host page embeds it with one tag:
 *   <script src="https://<service>/widget.js" data-lang="pl" async></script>
 *
 * Plain ES2020, no dependencies. Built to survive a hostile host page:
 * - everything lives in an open shadow root, so host CSS cannot reach in and ours cannot leak out;
 * - it works under a strict host CSP: no inline style, no eval, no innerHTML; every text from the
 *   user or the service goes in through textContent, every element through createElement;
 * - it talks only to the origin it was loaded from, without cookies (credentials: 'omit').
 * The conversation is kept in sessionStorage so it survives moving to another page of the site.
 */
(() => {
  'use strict';

  // Loaded twice (two tags, or an SPA re-inserting the tag)? Only the first copy runs. A registered
  // symbol is shared by both copies without putting a named global on window.
  const ONCE = Symbol.for('workinnl-widget');
  if (window[ONCE]) return;
  window[ONCE] = true;

  const KEY = 'workinnl-widget';
  const MAX_MSGS = 60; // keeps sessionStorage small; older messages drop off the top
  const CODES = ['nl', 'pl', 'ro', 'bg', 'en'];
  const NAMES = ['Nederlands', 'Polski', 'Română', 'Български', 'English'];

  // currentScript only exists while this file runs for the first time, so read it now.
  const me = document.currentScript || document.querySelector('script[src*="widget.js"]');
  let origin;
  try {
    origin = new URL(me.src).origin;
  } catch {
    origin = location.origin;
  }

  /** The first candidate whose primary subtag is one of our languages, else English. */
  const pick = (...candidates) => {
    for (const c of candidates) {
      const code = String(c || '').trim().toLowerCase().split(/[-_]/)[0];
      if (CODES.includes(code)) return code;
    }
    return 'en';
  };

  // state: what sessionStorage holds. msgs: {who:'u'|'a', text?, head?, cites?, sugg?, fb?, fbt? (the answer's
  // feedback token), voted?, err?, lang?}
  // context: the opaque string the last answer returned, sent back so that follow-ups are understood.
  const S = {
    lang: pick(me && me.dataset.lang, document.documentElement.lang, navigator.language),
    open: false,
    msgs: [],
    context: '',
  };
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY));
    if (saved && Array.isArray(saved.msgs)) {
      if (CODES.includes(saved.lang)) S.lang = saved.lang;
      S.open = saved.open === true;
      S.msgs = saved.msgs.filter((m) => m && (m.who === 'u' || m.who === 'a'));
      if (typeof saved.context === 'string' && saved.context.length <= 4096) S.context = saved.context;
    }
  } catch {
    // storage disabled or garbage: start fresh
  }

  const save = () => {
    try {
      S.msgs = S.msgs.slice(-MAX_MSGS);
      sessionStorage.setItem(KEY, JSON.stringify(S));
    } catch {
      // quota or privacy mode: the widget still works, it just forgets on the next page
    }
  };

  let T = {}; // interface texts in S.lang, from /api/v1/widget
  let themes = []; // [{id, name}]
  let statuses = {}; // status code -> label, used when a citation lacks its own label
  let bot = ''; // the Telegram bot's username, when the service has one: following a measure happens there

  /** createElement with a class list and a text; text never goes through the HTML parser. */
  const h = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const attrs = (e, o) => {
    for (const k in o) e.setAttribute(k, o[k]);
    return e;
  };

  /**
   * Calls the service. Resolves with the parsed body (null when empty); rejects with an Error whose
   * message is what the user should see: the service's own sentence for a 4xx, texts.error for a
   * network failure, a 5xx or a 429 (the sentence of a rate limit is not meant for the user).
   */
  async function api(path, body) {
    const opt = { credentials: 'omit', headers: { Accept: 'application/json' } };
    if (body) {
      opt.method = 'POST';
      opt.headers['Content-Type'] = 'application/json';
      opt.body = JSON.stringify(body);
    }
    if (AbortSignal.timeout) opt.signal = AbortSignal.timeout(30000);
    const generic = () => new Error(T.error || 'Error');
    let r;
    try {
      r = await fetch(origin + path, opt);
    } catch {
      throw generic();
    }
    if (r.ok) {
      try {
        const t = await r.text();
        return t ? JSON.parse(t) : null;
      } catch {
        throw generic();
      }
    }
    let said;
    if (r.status >= 400 && r.status < 500 && r.status !== 429) {
      try {
        const j = await r.json();
        if (j && typeof j.error === 'string') said = j.error;
      } catch {
        // not JSON: fall back to the generic text
      }
    }
    throw Object.assign(said ? new Error(said) : generic(), { status: r.status });
  }

  async function loadTexts(lang) {
    const w = await api('/api/v1/widget?lang=' + lang);
    if (!w || !w.texts) throw new Error(T.error || 'Error');
    T = w.texts;
    themes = Array.isArray(w.themes) ? w.themes : [];
    statuses = w.statuses || {};
    bot = /^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(w.telegramBot || '') ? w.telegramBot : '';
  }

  /** Only the fields a citation shows, so measures from /measures do not bloat sessionStorage. */
  const cites = (list) =>
    (Array.isArray(list) ? list : []).map((c) => ({
      id: String(c.id),
      title: String(c.title),
      status: String(c.status),
      statusLabel: c.statusLabel,
      statusDate: c.statusDate,
      url: c.url,
    }));

  const label = (c) => c.statusLabel || statuses[c.status] || c.status;

  /** A status date ("2025-11") as the reader says it, in the message's language: "listopad 2025". */
  const month = (date, lang) => {
    const ym = /^(\d{4})-(\d{2})$/.exec(String(date || ''));
    if (!ym) return date;
    try {
      return new Intl.DateTimeFormat(lang || S.lang, { year: 'numeric', month: 'long', timeZone: 'UTC' })
        .format(Date.UTC(+ym[1], +ym[2] - 1, 15));
    } catch {
      return date;
    }
  };

  /** The link to a measure page, only if it stays on the service's origin (no javascript: etc.). */
  const href = (url) => {
    if (typeof url !== 'string' || url[0] !== '/') return null;
    try {
      const u = new URL(origin + url);
      return u.origin === origin ? u.href : null;
    } catch {
      return null;
    }
  };

  // ---- DOM -----------------------------------------------------------------------------------
  let host, root, box, launcher, panel, title, langLabel, select, clearBtn, closeBtn, privacy;
  let log, live, themeBox, themeLabel, form, inputLabel, input, send, typingEl;
  let busy = false;
  let epoch = 0; // bumped by "clear" so a late answer does not land in the new conversation
  let announceTimer;

  function start() {
    host = document.createElement('workinnl-widget');
    root = host.attachShadow({ mode: 'open' });
    // A <link> and not a <style>: a strict host CSP (style-src without 'unsafe-inline') blocks
    // inline styles, but allows a stylesheet from the service's origin once that origin is listed.
    const css = attrs(h('link'), { rel: 'stylesheet', href: origin + '/widget.css' });
    box = h('div', 'wnl');
    box.hidden = true; // stays hidden until styled and translated: no flash of raw buttons
    root.append(css, box);
    document.body.append(host);
    const styled = new Promise((ok) => {
      css.onload = ok;
      css.onerror = ok; // blocked or missing: show it unstyled rather than not at all
    });
    Promise.all([styled, loadTexts(S.lang)]).then(build, () => {
      // Without its texts the widget cannot say anything useful: stay out of the way.
      host.remove();
    });
  }

  function build() {
    launcher = attrs(h('button', 'launcher'), {
      type: 'button',
      id: 'launcher',
      'aria-controls': 'panel',
      'aria-expanded': 'false',
    });
    launcher.addEventListener('click', () => setOpen(!S.open, true));

    panel = attrs(h('section', 'panel'), {
      id: 'panel',
      role: 'dialog',
      // Not modal and no focus trap: the page stays usable and Tab leaves the panel normally.
      'aria-modal': 'false',
      'aria-labelledby': 'title',
    });
    panel.hidden = true;
    if (window.visualViewport) window.visualViewport.addEventListener('resize', fitToViewport);
    fitToViewport();

    const bar = h('div', 'bar');
    title = attrs(h('h2', 'title'), { id: 'title' });
    const tools = h('div', 'tools');
    langLabel = attrs(h('label', 'sr'), { for: 'lang' });
    select = attrs(h('select', 'lang'), { id: 'lang' });
    CODES.forEach((code, i) => {
      const o = h('option', null, NAMES[i]); // each language in its own name...
      o.value = code;
      o.lang = code; // ...and pronounced as such by screen readers
      select.append(o);
    });
    select.addEventListener('change', changeLanguage);
    clearBtn = attrs(h('button', 'clear'), { type: 'button', id: 'clear' });
    clearBtn.addEventListener('click', clear);
    closeBtn = attrs(h('button', 'close', '\u00d7'), { type: 'button', id: 'close' });
    closeBtn.addEventListener('click', () => setOpen(false, true));
    tools.append(langLabel, select, clearBtn, closeBtn);
    bar.append(title, tools);

    // The transcript is a log but NOT live: announcing it would re-read whole answers with their
    // citations, or in some screen readers the whole log. Answers are announced once, through the
    // separate status region below. tabindex=0 lets keyboard users scroll it.
    log = attrs(h('div', 'log'), {
      id: 'log',
      role: 'log',
      'aria-live': 'off',
      'aria-labelledby': 'title',
      tabindex: '0',
    });

    themeBox = attrs(h('div', 'themes'), { id: 'themes', role: 'group', 'aria-labelledby': 'themes-label' });
    themeLabel = attrs(h('span', 'themes-label'), { id: 'themes-label' });

    form = attrs(h('form', 'form'), { id: 'form' });
    inputLabel = attrs(h('label', 'sr'), { for: 'input' });
    input = attrs(h('textarea', 'input'), { id: 'input', rows: '2', maxlength: '2000' });
    send = attrs(h('button', 'send'), { type: 'submit', id: 'send' });
    form.append(inputLabel, input, send);
    form.addEventListener('submit', (e) => {
      e.preventDefault(); // never let the host page navigate
      submit();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submit();
      }
    });

    // What is kept of the questions (declined ones, anonymised, for editors): said where they are typed.
    privacy = attrs(h('p', 'privacy'), { id: 'privacy' });
    input.setAttribute('aria-describedby', 'privacy');
    panel.append(bar, log, themeBox, form, privacy);

    // Outside the panel so an answer that arrives after closing is still announced.
    live = attrs(h('div', 'sr'), { id: 'live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });

    box.append(panel, launcher, live);
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && S.open) setOpen(false, true);
    });

    applyTexts();
    renderLog();
    box.hidden = false;
    if (S.open) setOpen(true, false); // restored after a page change: do not steal focus
  }

  /** Puts the texts of S.lang on every control; called at start and after a language change. */
  function applyTexts() {
    box.lang = S.lang;
    select.value = S.lang;
    launcher.textContent = S.open ? T.close : T.open;
    title.textContent = T.title;
    langLabel.textContent = T.language;
    clearBtn.textContent = T.clear;
    closeBtn.setAttribute('aria-label', T.close || '');
    themeLabel.textContent = T.themes;
    inputLabel.textContent = T.input;
    input.placeholder = T.placeholder || '';
    send.textContent = T.send;
    privacy.textContent = T.privacy || '';
    themeBox.replaceChildren(
      themeLabel,
      ...themes.map((t) => {
        const b = attrs(h('button', 'chip', t.name), { type: 'button', 'data-theme': t.id });
        b.addEventListener('click', () => showTheme(t));
        return b;
      })
    );
  }

  /** On a phone the keyboard shrinks the visual viewport, not the layout one: follow it. */
  function fitToViewport() {
    const vv = window.visualViewport;
    if (!vv || !panel) return;
    panel.style.setProperty('--wnl-vh', Math.round(vv.height) + 'px');
  }

  function setOpen(open, byUser) {
    S.open = open;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    // Open, the launcher is where the panel closes (on phones the sheet covers it and has its own).
    launcher.textContent = open ? T.close : T.open;
    box.classList.toggle('is-open', open);
    if (open) {
      log.scrollTop = log.scrollHeight;
      if (byUser) {
        input.focus();
        if (!S.msgs.length) announce(T.greeting);
      }
    } else if (byUser) {
      launcher.focus();
    }
    save();
  }

  // ---- transcript ------------------------------------------------------------------------------

  /** The greeting is not stored: it is always the first message, in the current language. */
  function renderLog(keepScroll) {
    const top = log.scrollTop;
    const greeting = message({ who: 'a', text: T.greeting });
    greeting.classList.add('greeting');
    log.replaceChildren(greeting, ...S.msgs.map(message));
    panel.classList.toggle('talking', S.msgs.some((m) => m.who === 'u'));
    if (typingEl) log.append(typingEl); // still waiting for an answer (language changed meanwhile)
    // A change of language keeps the reader where they were (the start of the answer just shown).
    log.scrollTop = keepScroll ? top : log.scrollHeight;
  }

  /** One message element. Each starts with a visually hidden speaker name for screen readers. */
  function message(m) {
    const user = m.who === 'u';
    const el = h('div', 'msg ' + (user ? 'msg--user' : 'msg--bot') + (m.err ? ' msg--error' : ''));
    if (m.lang) el.lang = m.lang; // a Polish answer is read with a Polish voice, whatever the page is
    el.append(h('span', 'sr', (user ? T.you : T.assistant) + ': '));
    if (m.head) el.append(h('h3', 'heading', m.head));
    if (m.parts && m.parts.length) {
      renderParts(el, m);
      if (m.sugg && m.sugg.length) el.append(suggestions(m));
      if (m.fb && m.cites && m.cites[0]) el.append(feedback(m));
      return el;
    }
    if (m.text) {
      const t = h('div', 'text', m.text); // white-space: pre-wrap keeps the answer's line breaks
      if (m.lang) t.lang = m.lang;
      el.append(t);
    }
    if (m.cites && m.cites.length) {
      const ul = h('ul', 'cites');
      for (const c of m.cites) {
        const li = h('li', 'cite');
        const url = href(c.url);
        const a = url
          ? attrs(h('a', 'cite-link', c.title), { href: url, target: '_blank', rel: 'noopener' })
          : h('span', 'cite-title', c.title);
        // The badge's colour is a cue, its text is the information (never colour alone).
        const badge = h('span', 'badge badge--' + String(c.status).replace(/\W/g, ''), label(c));
        li.append(a, ' ', badge);
        if (c.statusDate) li.append(' ', h('span', 'date', month(c.statusDate, m.lang)));
        ul.append(li);
      }
      el.append(ul);
    }
    if (m.sugg && m.sugg.length) el.append(suggestions(m));
    if (m.fb && m.cites && m.cites[0]) el.append(feedback(m));
    if (m.err && m.retry) el.append(retryButton(m));
    return el;
  }

  /** After a failed request: send the same question again. */
  function retryButton(m) {
    const b = attrs(h('button', 'sugg retry', T.retry || '↻'), { type: 'button' });
    b.addEventListener('click', () => {
      const again = m.retry;
      delete m.retry;
      b.remove();
      save();
      if (!again.choice && input.value.trim() === again.text) input.value = '';
      ask(again.text, again.choice);
    });
    return b;
  }

  /**
   * An answer laid out from its parts: what answers first, then the measure with its status once (a
   * badge with its text and date) and a link to its page, the details one tap away, and lists of
   * measures as links. Measures that are also offered as buttons are not listed twice.
   */
  function renderParts(el, m) {
    const offered = new Set((m.sugg || []).map((s) => s.id));
    let details = null;
    let shown = 0;
    const into = () => {
      if (shown < 1) return el;
      if (!details) {
        details = h('details', 'more');
        details.append(h('summary', 'more-toggle', T.more || '…'));
      }
      return details;
    };
    for (const p of m.parts) {
      if (p.type === 'lead') {
        el.append(h('p', 'lead', p.text));
        shown++;
      } else if (p.type === 'section') {
        const box = h('div', 'section');
        if (p.heading) box.append(h('h4', 'heading', p.heading));
        box.append(h('p', 'text', p.text));
        into().append(box);
        shown++;
      } else if (p.type === 'measure') {
        const ul = h('ul', 'cites');
        ul.append(citeItem(p.measure, m.lang));
        el.append(ul);
        if (bot && p.measure && p.measure.id) el.append(followLink(p.measure.id));
      } else if (p.type === 'measures') {
        const list = (p.measures || []).filter((c) => !offered.has(c.id));
        const all = (p.measures || []).length;
        if (all && !list.length) {
          // Every measure of this list is offered as a button: the heading introduces the buttons,
          // unless it is a "see also" under an answer, where the buttons speak for themselves.
          if (!(m.cites && m.cites.length)) el.append(h('p', 'lead', p.heading));
          continue;
        }
        const box = h('div', 'section');
        box.append(h('p', 'lead', p.heading));
        if (list.length) {
          const ul = h('ul', 'cites');
          list.forEach((c) => ul.append(citeItem(c, m.lang)));
          box.append(ul);
        }
        (list.length && shown > 0 && m.cites && m.cites.length ? into() : el).append(box);
        shown++;
      }
    }
    if (details) el.append(details);
  }

  /** One measure: its title as a link to its page, its status as a badge with text, its date. */
  function citeItem(c, lang) {
    const li = h('li', 'cite');
    const url = href(c.url);
    const a = url
      ? attrs(h('a', 'cite-link', c.title), { href: url })
      : h('span', 'cite-title', c.title);
    const badge = h('span', 'badge badge--' + String(c.status).replace(/\W/g, ''), label(c));
    li.append(a, ' ', badge);
    if (c.statusDate) li.append(' ', h('span', 'date', month(c.statusDate, lang)));
    return li;
  }

  /** A link that opens the Telegram bot with the measure chosen to follow (news when its status changes). */
  function followLink(id) {
    const p = h('p', 'follow');
    const url = 'https://t.me/' + bot + '?start=follow-' + encodeURIComponent(id);
    p.append(attrs(h('a', 'follow-link', '🔔 ' + (T.follow || 'Telegram')), { href: url, target: '_blank', rel: 'noopener' }));
    return p;
  }

  /** The measures offered as choices or next steps: one button each, asking about that measure. */
  function suggestions(m) {
    const box = h('div', 'suggs');
    for (const s of m.sugg) {
      const b = attrs(h('button', 'sugg', s.title), { type: 'button' });
      if (m.lang) b.lang = m.lang;
      b.addEventListener('click', () => ask(s.title, s.id));
      box.append(b);
    }
    return box;
  }

  /** helpful / not helpful for the first citation, or the thanks once voted. */
  function feedback(m) {
    const fb = h('div', 'feedback');
    if (m.voted) {
      fb.append(h('p', 'thanks', T.feedbackThanks));
      return fb;
    }
    const vote = async (helpful) => {
      if (fb.classList.contains('is-busy')) return;
      fb.classList.add('is-busy');
      try {
        try {
          await api('/api/v1/feedback', { measureId: m.cites[0].id, helpful, token: m.fbt });
        } catch (e) {
          if (e.status !== 409) throw e; // 409: this answer was rated already (a retry whose reply was lost)
        }
        m.voted = true;
        delete m.fbt;
        save();
        const thanks = h('p', 'thanks', T.feedbackThanks);
        thanks.tabIndex = -1; // the focused button disappears: keep focus here, not on <body>
        fb.replaceChildren(thanks);
        thanks.focus();
      } catch (e) {
        announce(e.message);
      }
      fb.classList.remove('is-busy');
    };
    for (const [key, helpful] of [['helpful', true], ['notHelpful', false]]) {
      const b = attrs(h('button', 'vote vote--' + (helpful ? 'yes' : 'no'), T[key]), { type: 'button' });
      b.addEventListener('click', () => vote(helpful));
      fb.append(b);
    }
    return fb;
  }

  /** Adds a message to state and transcript, and shows its beginning. */
  function push(m) {
    S.msgs.push(m);
    save();
    const el = message(m);
    log.append(el);
    // A long answer: show where it starts, not where it ends.
    log.scrollTop = m.who === 'a' && el.offsetHeight > log.clientHeight ? el.offsetTop - 8 : log.scrollHeight;
  }

  /**
   * Says a text once through the polite status region. Emptied first and refilled a moment later so
   * that the same text twice in a row is still announced.
   */
  function announce(text) {
    clearTimeout(announceTimer);
    live.textContent = '';
    announceTimer = setTimeout(() => {
      live.textContent = text || '';
    }, 100);
  }

  function typing(on) {
    if (typingEl) typingEl.remove();
    typingEl = null;
    if (!on) return;
    typingEl = h('div', 'msg msg--bot typing');
    typingEl.append(h('span', 'sr', T.assistant + ': '), h('span', 'text', T.typing));
    log.append(typingEl);
    log.scrollTop = log.scrollHeight;
    announce(T.typing);
  }

  /** Runs one request with the typing indicator, then adds the message it makes. */
  async function exchange(request, retry) {
    busy = true;
    const mine = epoch;
    typing(true);
    let m;
    try {
      m = await request();
    } catch (e) {
      m = { who: 'a', text: e.message, err: true, lang: S.lang, retry };
      // Nothing typed is lost: the question goes back into the input, to send again or change.
      if (retry && !retry.choice && !input.value) input.value = retry.text;
    }
    if (mine !== epoch) return; // cleared meanwhile: drop it (and leave busy to the new conversation)
    if ('ctx' in m) {
      // Only now: an answer that arrives after "clear" must not bring the old conversation back.
      S.context = m.ctx;
      delete m.ctx;
    }
    busy = false;
    typing(false);
    push(m);
    announce([m.head, m.text, ...(m.head ? m.cites.map((c) => c.title + ' (' + label(c) + ')') : [])].filter(Boolean).join('\n'));
    // The user wrote in another language than the widget's: its buttons and texts follow.
    if (m.lang && m.lang !== S.lang && !m.err && CODES.includes(m.lang)) {
      select.value = m.lang;
      changeLanguage();
    }
  }

  function submit() {
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    ask(text);
  }

  /** Sends a message (or a chosen suggestion) with the conversation's context, and shows the answer. */
  function ask(text, choice) {
    if (busy) return;
    push({ who: 'u', text, lang: S.lang });
    panel.classList.add('talking');
    exchange(async () => {
      const body = { text, language: S.lang, context: S.context };
      if (choice) body.choice = choice;
      const r = await api('/api/v1/ask', body);
      return {
        ctx: r && typeof r.context === 'string' ? r.context : '',
        who: 'a',
        text: String((r && r.text) || ''),
        cites: cites(r && r.citations),
        sugg: sugg(r && r.suggestions),
        parts: parts(r && r.parts),
        fb: !!r && r.answered === true && typeof r.feedbackToken === 'string',
        fbt: r && typeof r.feedbackToken === 'string' ? r.feedbackToken : undefined,
        lang: CODES.includes(r && r.language) ? r.language : S.lang,
      };
    }, { text, choice });
  }

  /** The answer's parts, each with only the fields it shows (sessionStorage stays small). */
  const parts = (list) =>
    (Array.isArray(list) ? list : [])
      .filter((p) => p && typeof p.type === 'string')
      .map((p) => ({
        type: p.type,
        text: typeof p.text === 'string' ? p.text : undefined,
        heading: typeof p.heading === 'string' ? p.heading : undefined,
        measure: p.measure ? cites([p.measure])[0] : undefined,
        measures: Array.isArray(p.measures) ? cites(p.measures) : undefined,
      }));

  /** Only id and title of each suggestion, and no more than a few. */
  const sugg = (list) =>
    (Array.isArray(list) ? list : [])
      .filter((s) => s && typeof s.id === 'string' && typeof s.title === 'string')
      .slice(0, 3)
      .map((s) => ({ id: s.id, title: s.title }));

  function showTheme(t) {
    if (busy) return;
    exchange(async () => {
      const list = await api('/api/v1/measures?theme=' + encodeURIComponent(t.id) + '&lang=' + S.lang);
      return { who: 'a', head: t.name, cites: cites(list), lang: S.lang };
    });
  }

  function clear() {
    epoch++;
    busy = false;
    typing(false);
    S.msgs = [];
    S.context = '';
    panel.classList.remove('talking');
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
    clearTimeout(announceTimer);
    live.textContent = '';
    renderLog();
  }

  let langSeq = 0;
  async function changeLanguage() {
    const want = select.value;
    const seq = ++langSeq;
    try {
      await loadTexts(want);
      if (seq !== langSeq) return; // a later choice overtook this one
      S.lang = want;
      applyTexts();
      renderLog(true); // speaker names, buttons and greeting in the new language; answers stay as given
      save();
    } catch (e) {
      if (seq !== langSeq) return;
      select.value = S.lang;
      announce(e.message);
    }
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
