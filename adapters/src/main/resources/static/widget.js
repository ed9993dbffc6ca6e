/*
 * Unilogin-hjælperen web chat widget. A school embeds it with one tag:
 *   <script src="https://BOT-HOST/widget.js" data-school="demo-skole" data-lang="da" defer></script>
 * Optional data attributes: data-title, data-color (launcher, header, own messages),
 * data-text-color (text on that colour).
 *
 * Safety: no text from the bot, the user or the host page is ever parsed as HTML. Markdown
 * is turned into DOM nodes with textContent; links are limited to http(s), mailto and tel.
 * Everything lives in a shadow root styled only by widget.css from the bot's own origin,
 * so a strict host Content-Security-Policy (no inline script or style) is enough.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[src$="/widget.js"]');
  if (!script || window.__uniloginHelperWidget) {
    return;
  }
  window.__uniloginHelperWidget = true;

  var BOT_ORIGIN = new URL(script.src, document.baseURI).origin;
  var SCHOOL = script.getAttribute('data-school') || '';
  var LANG = pickLanguage(script.getAttribute('data-lang') || document.documentElement.lang);
  var STORAGE_KEY = 'unilogin-helper:' + BOT_ORIGIN + ':' + SCHOOL;
  var COLOR = /^(#[0-9a-fA-F]{3,8}|(rgb|hsl)a?\([0-9., %]{5,40}\)|[a-z]{3,20})$/;

  var STRINGS = {
    da: {
      title: 'Hjælp til Unilogin',
      open: 'Åbn chat: Hjælp til Unilogin',
      close: 'Luk chatten',
      log: 'Samtale med Unilogin-hjælperen',
      input: 'Skriv dit spørgsmål',
      placeholder: 'Skriv dit spørgsmål …',
      send: 'Send',
      typing: 'Hjælperen skriver …',
      you: 'Du',
      bot: 'Hjælperen',
      suggestions: 'Forslag',
      source: 'Kilde: ',
      newTab: ' (åbner i en ny fane)',
      restart: 'Start forfra',
      tooLong: 'Din besked er for lang. Gør den kortere (højst 1000 tegn).',
      busy: 'Der er travlt lige nu. Prøv igen om {s} sekunder.',
      failed: 'Beskeden kunne ikke sendes. Tjek din forbindelse og prøv igen.',
      lost: 'Den tidligere samtale findes ikke længere, så din besked er sendt i en ny.'
    },
    en: {
      title: 'Help with Unilogin',
      open: 'Open chat: Help with Unilogin',
      close: 'Close the chat',
      log: 'Conversation with the Unilogin helper',
      input: 'Type your question',
      placeholder: 'Type your question …',
      send: 'Send',
      typing: 'The helper is typing …',
      you: 'You',
      bot: 'Helper',
      suggestions: 'Suggestions',
      source: 'Source: ',
      newTab: ' (opens in a new tab)',
      restart: 'Start over',
      tooLong: 'Your message is too long. Please shorten it (at most 1000 characters).',
      busy: 'It is busy right now. Try again in {s} seconds.',
      failed: 'The message could not be sent. Check your connection and try again.',
      lost: 'The earlier conversation no longer exists, so your message went to a new one.'
    }
  };
  var T = STRINGS[LANG];
  var MAX_LENGTH = 1000; // the bot's one message-length limit (Activity.MAX_TEXT_CHARS); longer text gets 400

  var state = loadState();
  var busy = false;
  var starting = null; // the request opening a conversation, while it runs
  var sending = Promise.resolve(); // the user's turns, sent one after the other
  var ui = build();
  renderTranscript();
  if (state.open) {
    openPanel(false);
  }

  // ---------- state ----------

  function pickLanguage(value) {
    return String(value || 'da').toLowerCase().indexOf('en') === 0 ? 'en' : 'da';
  }

  function loadState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && Array.isArray(saved.entries)) {
        return saved;
      }
    } catch (e) {
      // Storage blocked or corrupt: start afresh.
    }
    return { conversationId: null, token: null, entries: [], open: false };
  }

  function saveState() {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (e) {
      // Storage blocked (private mode): the chat still works, it just will not survive a reload.
    }
  }

  // ---------- DOM ----------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function build() {
    var host = el('div');
    host.id = 'unilogin-helper-widget';
    var root = host.attachShadow({ mode: 'open' });
    applyColors(host, script.getAttribute('data-color'), script.getAttribute('data-text-color'));

    var frame = el('div', 'uh-frame');
    frame.hidden = true; // shown when widget.css has loaded, so nothing flashes unstyled
    var css = el('link');
    css.rel = 'stylesheet';
    css.href = BOT_ORIGIN + '/widget.css';
    css.addEventListener('load', function () { frame.hidden = false; });
    css.addEventListener('error', function () { frame.hidden = false; });
    root.appendChild(css);
    root.appendChild(frame);

    var launcher = el('button', 'uh-launcher');
    launcher.type = 'button';
    launcher.setAttribute('aria-label', T.open);
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', 'uh-panel');
    launcher.appendChild(el('span', 'uh-launcher-icon', '?'));
    launcher.appendChild(el('span', 'uh-launcher-text', script.getAttribute('data-title') || T.title));
    launcher.querySelector('.uh-launcher-icon').setAttribute('aria-hidden', 'true');

    var panel = el('section', 'uh-panel');
    panel.id = 'uh-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'uh-title');
    panel.lang = LANG;

    var header = el('header', 'uh-header');
    var title = el('h2', 'uh-title', script.getAttribute('data-title') || T.title);
    title.id = 'uh-title';
    var restart = el('button', 'uh-restart', T.restart);
    restart.type = 'button';
    var close = el('button', 'uh-close');
    close.type = 'button';
    close.setAttribute('aria-label', T.close);
    close.appendChild(el('span', null, '×')).setAttribute('aria-hidden', 'true');
    header.appendChild(title);
    header.appendChild(restart);
    header.appendChild(close);

    var log = el('div', 'uh-log');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('aria-relevant', 'additions');
    log.setAttribute('aria-label', T.log);
    log.tabIndex = 0;

    var typing = el('div', 'uh-typing');
    typing.hidden = true;
    typing.setAttribute('role', 'status');
    var dots = el('span', 'uh-dots');
    dots.setAttribute('aria-hidden', 'true');
    dots.appendChild(el('span'));
    dots.appendChild(el('span'));
    dots.appendChild(el('span'));
    typing.appendChild(dots);
    typing.appendChild(el('span', 'uh-sr-only', T.typing));

    var form = el('form', 'uh-form');
    form.noValidate = true;
    var input = el('textarea', 'uh-input');
    input.rows = 1;
    input.maxLength = MAX_LENGTH;
    input.placeholder = T.placeholder;
    input.setAttribute('aria-label', T.input);
    var send = el('button', 'uh-send', T.send);
    send.type = 'submit';
    form.appendChild(input);
    form.appendChild(send);

    panel.appendChild(header);
    panel.appendChild(log);
    panel.appendChild(typing);
    panel.appendChild(form);
    frame.appendChild(panel);
    frame.appendChild(launcher);
    (document.body || document.documentElement).appendChild(host);

    launcher.addEventListener('click', function () {
      if (panel.hidden) {
        openPanel(true);
      } else {
        closePanel();
      }
    });
    close.addEventListener('click', closePanel);
    restart.addEventListener('click', startOver);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        closePanel();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submitText();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitText();
      }
    });

    if (SCHOOL && !script.getAttribute('data-color')) {
      loadSchoolColors(host);
    }
    return { host: host, root: root, launcher: launcher, panel: panel, log: log, typing: typing,
      input: input, send: send };
  }

  function applyColors(host, primary, onPrimary) {
    // CSSOM writes are not inline styles in CSP terms; values are checked to be colours only.
    if (primary && COLOR.test(primary.trim())) {
      host.style.setProperty('--uh-primary', primary.trim());
    }
    if (onPrimary && COLOR.test(onPrimary.trim())) {
      host.style.setProperty('--uh-on-primary', onPrimary.trim());
    }
  }

  function loadSchoolColors(host) {
    fetch(BOT_ORIGIN + '/api/schools/' + encodeURIComponent(SCHOOL) + '/widget')
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (settings) {
        var colors = settings && settings.colors;
        if (colors) {
          applyColors(host, colors.primary, colors['on-primary'] || colors.onPrimary);
        }
      })
      .catch(function () { /* the default colours stay */ });
  }

  // ---------- open / close ----------

  function openPanel(moveFocus) {
    ui.panel.hidden = false;
    ui.launcher.setAttribute('aria-expanded', 'true');
    ui.host.classList.add('uh-open');
    ui.root.querySelector('.uh-frame').classList.add('uh-is-open');
    state.open = true;
    saveState();
    if (moveFocus) {
      ui.input.focus();
    }
    scrollToEnd();
    if (!state.conversationId && !starting) {
      ensureConversation().catch(function (error) { addNotice(describe(error)); });
    }
  }

  function closePanel() {
    ui.panel.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.root.querySelector('.uh-frame').classList.remove('uh-is-open');
    state.open = false;
    saveState();
    ui.launcher.focus();
  }

  function startOver() {
    state = { conversationId: null, token: null, entries: [], open: true };
    saveState();
    clear(ui.log);
    starting = null;
    ensureConversation().catch(function (error) { addNotice(describe(error)); });
    ui.input.focus();
  }

  // ---------- talking to the bot ----------

  /** The open conversation, opening one (with the welcome) unless one is open or opening. */
  function ensureConversation() {
    if (state.conversationId) {
      return Promise.resolve();
    }
    if (!starting) {
      var opening = startConversation(false);
      var done = function () {
        if (starting === opening) {
          starting = null;
        }
      };
      starting = opening;
      opening.then(done, done);
    }
    return starting;
  }

  /** Opens a conversation; a quiet one (replacing a lost one) does not show the welcome again. */
  function startConversation(quiet) {
    return request('/api/conversations', { school: SCHOOL || null, locale: LANG }, null)
      .then(function (body) {
        state.conversationId = body.conversationId;
        state.token = body.token;
        saveState();
        if (!quiet) {
          addBotActivities(body.activities);
        }
      });
  }

  function submitText() {
    var text = ui.input.value.trim();
    if (!text) {
      return;
    }
    if (text.length > MAX_LENGTH) {
      addNotice(T.tooLong);
      return;
    }
    ui.input.value = '';
    say({ text: text }, text);
  }

  function pressAction(action) {
    if (busy) {
      return;
    }
    say({ value: action.value }, action.title);
    ui.input.focus();
  }

  /**
   * Shows the user's turn at once and sends it after the welcome and any turn still on its
   * way, so a message typed while the chat is loading is not lost; on failure puts typed text back.
   */
  function say(payload, shown) {
    removeSuggestions();
    addEntry({ from: 'user', text: shown });
    sending = sending.then(function () {
      return ensureConversation()
        .then(function () { return postActivity(payload, true); })
        .then(function (body) { addBotActivities(body.activities); })
        .catch(function (error) {
          if (payload.text && !ui.input.value) {
            ui.input.value = payload.text;
          }
          addNotice(describe(error));
        });
    });
  }

  /** Posts a turn; when the conversation is gone (expired, or lost in a restart) sends it in a new one. */
  function postActivity(payload, retryIfLost) {
    var path = '/api/conversations/' + encodeURIComponent(state.conversationId) + '/activities';
    return request(path, payload, state.token).catch(function (error) {
      if (retryIfLost && error.status === 404) {
        state.conversationId = null;
        state.token = null;
        return startConversation(true).then(function () {
          addNotice(T.lost);
          return postActivity(payload, false);
        });
      }
      throw error;
    });
  }

  function request(path, body, token) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    setBusy(true);
    return fetch(BOT_ORIGIN + path, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body),
      credentials: 'omit',
      mode: 'cors'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json.detail || ('HTTP ' + response.status));
          error.status = response.status;
          error.code = json.code;
          error.retryAfter = response.headers.get('Retry-After');
          throw error;
        }
        return json;
      });
    }).then(function (json) {
      setBusy(false);
      return json;
    }, function (error) {
      setBusy(false);
      throw error;
    });
  }

  function describe(error) {
    if (error.status === 429 || error.status === 503) {
      return T.busy.replace('{s}', error.retryAfter || '30');
    }
    if (error.code === 'text-too-long') {
      return T.tooLong;
    }
    return T.failed;
  }

  function setBusy(value) {
    busy = value;
    ui.typing.hidden = !value;
    ui.send.disabled = value;
    ui.panel.setAttribute('aria-busy', value ? 'true' : 'false');
    if (value) {
      scrollToEnd();
    }
  }

  // ---------- transcript ----------

  function addBotActivities(activities) {
    var first = null;
    (activities || []).forEach(function (activity) {
      if (activity.type === 'message' && activity.text) {
        var node = addEntry({
          from: 'bot',
          text: activity.text,
          source: activity.source || null,
          actions: activity.suggestedActions || []
        });
        first = first || node;
      }
    });
    if (first) {
      // Show the start of the answer: a long guide should be read from the top.
      ui.log.scrollTop = Math.max(0, first.offsetTop - 8);
    }
  }

  function addEntry(entry) {
    state.entries.push(entry);
    if (state.entries.length > 200) {
      state.entries.splice(0, state.entries.length - 200);
    }
    saveState();
    var node = renderEntry(entry);
    ui.log.appendChild(node);
    scrollToEnd();
    return node;
  }

  function addNotice(text) {
    var notice = el('p', 'uh-notice', text);
    notice.setAttribute('role', 'alert');
    ui.log.appendChild(notice);
    scrollToEnd();
  }

  function renderTranscript() {
    clear(ui.log);
    state.entries.forEach(function (entry) {
      ui.log.appendChild(renderEntry(entry));
    });
  }

  /** A message; its buttons while they still apply (they go when the user next speaks). */
  function renderEntry(entry) {
    var item = el('div', 'uh-msg ' + (entry.from === 'user' ? 'uh-user' : 'uh-bot'));
    item.appendChild(el('span', 'uh-sr-only', (entry.from === 'user' ? T.you : T.bot) + ': '));
    if (entry.from === 'user') {
      item.appendChild(el('p', null, entry.text));
    } else {
      renderMarkdown(entry.text, item);
      if (entry.source && entry.source.title && String(entry.text).indexOf(entry.source.title) < 0) {
        item.appendChild(el('p', 'uh-source', T.source + entry.source.title));
      }
    }
    var wrapper = el('div', 'uh-entry');
    wrapper.appendChild(item);
    if (entry.actions && entry.actions.length) {
      wrapper.appendChild(renderSuggestions(entry.actions));
    }
    return wrapper;
  }

  function renderSuggestions(actions) {
    var group = el('div', 'uh-suggestions');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', T.suggestions);
    actions.forEach(function (action) {
      var button = el('button', 'uh-suggestion', action.title);
      button.type = 'button';
      button.addEventListener('click', function () { pressAction(action); });
      group.appendChild(button);
    });
    return group;
  }

  function removeSuggestions() {
    var groups = ui.log.querySelectorAll('.uh-suggestions');
    for (var i = 0; i < groups.length; i++) {
      groups[i].parentNode.removeChild(groups[i]);
    }
    state.entries.forEach(function (entry) { entry.actions = []; });
  }

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  // ---------- light Markdown → DOM (never HTML) ----------

  /**
   * Paragraphs, numbered, lettered ("   a.") and bulleted lists (indented items nest in the
   * previous item), **bold**, _italic_ and [text](url). Anything else stays literal text.
   */
  function renderMarkdown(text, parent) {
    var lines = String(text).replace(/\r\n?/g, '\n').split('\n');
    var paragraph = null;
    var lists = []; // stack of {node, indent, ordered}

    lines.forEach(function (line) {
      var item = /^(\s*)(\d+[.)]|[-*•])\s+(.*)$/.exec(line) || /^(\s+)([a-z][.)])\s+(.*)$/.exec(line);
      if (!line.trim()) {
        paragraph = null;
        lists = [];
        return;
      }
      if (item) {
        paragraph = null;
        var indent = item[1].replace(/\t/g, '    ').length;
        var ordered = /^[\da-z]/.test(item[2]);
        var lettered = /^[a-z]/.test(item[2]);
        while (lists.length && (indent < lists[lists.length - 1].indent
            || (indent === lists[lists.length - 1].indent && ordered !== lists[lists.length - 1].ordered))) {
          lists.pop();
        }
        var top = lists[lists.length - 1];
        if (!top || indent > top.indent) {
          var list = el(ordered ? 'ol' : 'ul');
          if (lettered) {
            list.type = 'a';
            list.start = item[2].charCodeAt(0) - 96;
          } else if (ordered) {
            var start = parseInt(item[2], 10);
            if (start !== 1) {
              list.start = start;
            }
          }
          var container = top && top.node.lastElementChild ? top.node.lastElementChild : parent;
          container.appendChild(list);
          top = { node: list, indent: indent, ordered: ordered };
          lists.push(top);
        }
        var li = el('li');
        appendInline(item[3], li);
        top.node.appendChild(li);
        return;
      }
      if (lists.length && /^\s+/.test(line)) {
        // A continuation line of the current list item.
        var current = lists[lists.length - 1].node.lastElementChild;
        current.appendChild(el('br'));
        appendInline(line.trim(), current);
        return;
      }
      lists = [];
      if (paragraph) {
        paragraph.appendChild(el('br'));
      } else {
        paragraph = el('p');
        parent.appendChild(paragraph);
      }
      appendInline(line.trim(), paragraph);
    });
  }

  function appendInline(text, parent) {
    var pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|(^|[^\w])_([^_]+)_(?!\w)|\*([^*\s][^*]*)\*/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) {
        parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      }
      if (match[1] !== undefined) {
        parent.appendChild(el('strong', null, match[1]));
      } else if (match[2] !== undefined) {
        parent.appendChild(link(match[2], match[3]));
      } else if (match[5] !== undefined) {
        if (match[4]) {
          parent.appendChild(document.createTextNode(match[4]));
        }
        parent.appendChild(el('em', null, match[5]));
      } else {
        parent.appendChild(el('em', null, match[6]));
      }
      last = pattern.lastIndex;
    }
    if (last < text.length) {
      parent.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  function link(label, href) {
    var url;
    try {
      url = new URL(href);
    } catch (e) {
      url = null;
    }
    if (!url || ['https:', 'http:', 'mailto:', 'tel:'].indexOf(url.protocol) < 0) {
      return document.createTextNode(label);
    }
    var a = el('a', null, label);
    a.href = url.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.appendChild(el('span', 'uh-sr-only', T.newTab));
    return a;
  }
})();
