/*
 * INNOVIS chat: the embeddable widget (a bubble that opens a chat panel) and, on the page
 * served at `/`, the full-page chat. Embed it with one tag:
 *     <script src="https://your.server/widget.js" defer></script>
 * It talks to the API of the server it was loaded from. Plain JavaScript, no build step, no
 * CDN. Everything from the corpus or the user is inserted as text (textContent and text
 * nodes), never parsed as HTML; links are made only for http(s) addresses.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__innovisLoaded) {
    return;
  }
  window.__innovisLoaded = true;
  var base = new URL(".", script.src);
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var MAX_QUESTION = 2000;
  var uid = 0;

  /* Return a new element; `props` sets properties (className, type, ...) and attributes
     (names with a dash, or "aria-"/"data-"), `children` are nodes or strings (as text). */
  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (key.indexOf("-") >= 0 || key === "role" || key === "for") {
        node.setAttribute(key, value);
      } else {
        node[key] = value;
      }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function formatDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!match) {
      return null;
    }
    return Number(match[3]) + " " + MONTHS[Number(match[2]) - 1] + " " + match[1];
  }

  /* A person's words in their own quotation marks: closed at the end, or before the verb that
     says whose words they are. Mirrors _SPEECH in innovis/answering/conversation/replies.py. */
  var SPEECH = new RegExp(
    '^(?:“[^”]*”|"[^"]*")(?:\\s*$|,?\\s+(?:\\S+\\s+){0,6}?' +
      "(?:said|says|added|adds|noted|notes|stated|states|explained|explains|remarked|commented)\\b)"
  );

  /* Return a passage in quotation marks, unless it is a person's words in their own. */
  function quoted(text) {
    return SPEECH.test(text) ? text : "“" + text + "”";
  }

  function safeLink(url) {
    if (typeof url !== "string" || !url) {
      return null;
    }
    try {
      var parsed = new URL(url, base);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  /* A speech-bubble icon, drawn rather than an emoji: not every system has an emoji font. */
  function speechIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "bubble-icon");
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V6" +
                           "a2 2 0 0 1 2-2z");
    svg.appendChild(path);
    return svg;
  }

  function Chat(host, page) {
    this.page = page;
    this.conversation = null;
    this.busy = false;
    this.greeted = false;
    var root = host.attachShadow({ mode: "open" });
    root.appendChild(el("link", { rel: "stylesheet", href: new URL("widget.css", base).href }));
    var id = "innovis-" + (++uid);
    this.log = el("div", {
      className: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
      "aria-label": "Conversation with INNOVIS", tabIndex: 0
    });
    this.typing = el("div", { className: "typing", hidden: true, role: "status" }, [
      el("span", { className: "dot", "aria-hidden": "true" }),
      el("span", { className: "dot", "aria-hidden": "true" }),
      el("span", { className: "dot", "aria-hidden": "true" }),
      el("span", { className: "visually-hidden" }, ["INNOVIS is typing…"])
    ]);
    this.input = el("input", {
      id: id + "-question", className: "question", type: "text", maxLength: MAX_QUESTION,
      autocomplete: "off", placeholder: "Ask about our press releases…"
    });
    this.send = el("button", { className: "send", type: "submit" }, ["Send"]);
    this.form = el("form", { className: "ask" }, [
      el("label", { className: "visually-hidden", "for": id + "-question" }, ["Your question"]),
      this.input,
      this.send
    ]);
    var header = el("div", { className: "header" }, [
      el("h2", { id: id + "-title", className: "title" }, ["INNOVIS"]),
      el("span", { className: "subtitle" }, ["answers from our press releases"])
    ]);
    this.panel = el("section", {
      className: page ? "panel page" : "panel", "aria-labelledby": id + "-title"
    }, [header, this.log, this.typing, this.form]);
    if (!page) {
      this.panel.id = id + "-panel";
      this.panel.setAttribute("role", "dialog");
      this.panel.hidden = true;
      this.close = el("button", {
        className: "close", type: "button", "aria-label": "Close chat"
      }, ["×"]);
      header.appendChild(this.close);
      this.bubble = el("button", {
        className: "bubble", type: "button", "aria-label": "Chat with INNOVIS",
        "aria-expanded": "false", "aria-controls": id + "-panel"
      }, [speechIcon()]);
      root.appendChild(this.panel);
      root.appendChild(this.bubble);
      this.bubble.addEventListener("click", this.toggle.bind(this));
      this.close.addEventListener("click", this.hide.bind(this));
    } else {
      root.appendChild(this.panel);
    }
    this.form.addEventListener("submit", this.onSubmit.bind(this));
    this.panel.addEventListener("keydown", this.onKey.bind(this));
    if (page) {
      this.greet();
      this.input.focus();
    }
  }

  Chat.prototype.toggle = function () {
    if (this.panel.hidden) {
      this.show();
    } else {
      this.hide();
    }
  };

  Chat.prototype.show = function () {
    this.panel.hidden = false;
    this.bubble.setAttribute("aria-expanded", "true");
    this.bubble.classList.add("open");
    this.greet();
    this.input.focus();
  };

  Chat.prototype.hide = function () {
    if (this.page) {
      return;
    }
    this.panel.hidden = true;
    this.bubble.setAttribute("aria-expanded", "false");
    this.bubble.classList.remove("open");
    this.bubble.focus();
  };

  Chat.prototype.onKey = function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      this.hide();
    }
  };

  Chat.prototype.greet = function () {
    if (this.greeted) {
      return;
    }
    this.greeted = true;
    var chat = this;
    this.request("GET", "api/greeting", null).then(function (data) {
      chat.say(data.text);
    }, function (error) {
      chat.sayError(error.message);
    });
  };

  Chat.prototype.onSubmit = function (event) {
    event.preventDefault();
    this.ask(this.input.value);
  };

  Chat.prototype.ask = function (question) {
    question = question.trim();
    if (!question || this.busy) {
      return;
    }
    this.input.value = "";
    this.addMessage("user", [el("p", { className: "text" }, [question])]);
    this.busy = true;
    this.typing.hidden = false;
    this.scroll();
    var chat = this;
    var body = { question: question, conversation: this.conversation };
    this.request("POST", "api/ask", body).then(function (reply) {
      chat.conversation = reply.conversation;
      chat.showReply(reply);
    }, function (error) {
      chat.sayError(error.message);
    }).then(function () {
      chat.busy = false;
      chat.typing.hidden = true;
      chat.scroll();
    });
  };

  Chat.prototype.request = function (method, path, body) {
    var options = { method: method, headers: { Accept: "application/json" } };
    if (body !== null) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(new URL(path, base).href, options).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (data) {
        if (!response.ok) {
          var message = data.error || "The server answered " + response.status + ".";
          throw new Error(message);
        }
        return data;
      });
    }, function () {
      throw new Error("I can't reach the server just now. Please try again in a moment.");
    });
  };

  /* Split a reply's text into paragraphs; each is a text node in its own <p>. */
  function paragraphs(text) {
    return text.split(/\n{2,}/).filter(Boolean).map(function (block) {
      return el("p", { className: "text" }, [block]);
    });
  }

  Chat.prototype.showReply = function (reply) {
    var parts = [];
    var passages = reply.passages || [];
    if (reply.kind === "answer" && passages.length) {
      /* The text's quotes are shown from the passages, with their sources: keep the lines
         around them (the opening, "Did you mean …?", "Say more …"). A quote opens its block;
         quotes of one release in a row share the source line under the last of them. */
      var blocks = reply.text.split(/\n{2,}/).filter(function (block) {
        return block.charAt(0) !== "“";
      });
      var closing = blocks.length > 1 ? blocks.pop() : null;
      parts = parts.concat(paragraphs(blocks.join("\n\n")));
      sameRelease(passages).forEach(function (run) {
        parts.push(this.quote(run));
      }, this);
      if (closing) {
        parts = parts.concat(paragraphs(closing));
      }
      if (reply.text.indexOf("“more”") >= 0) {
        /* INNOVIS has further passages on this question: offer them with one click. */
        var more = el("button", { className: "chip", type: "button" }, ["More"]);
        more.setAttribute("aria-label", "More passages on this question");
        more.addEventListener("click", this.ask.bind(this, "more"));
        parts.push(el("div", { className: "actions" }, [more]));
      }
    } else {
      parts = paragraphs(reply.text);
    }
    this.addMessage("bot " + reply.kind, parts);
  };

  /* Group passages in a row that come from one release: [[a, b], [c]]. */
  function sameRelease(passages) {
    return passages.reduce(function (runs, passage) {
      var last = runs.length ? runs[runs.length - 1] : null;
      if (last && last[0].doc_id === passage.doc_id) {
        last.push(passage);
      } else {
        runs.push([passage]);
      }
      return runs;
    }, []);
  }

  /* One figure for quotes of one release: each quote in its own blockquote, one source. */
  Chat.prototype.quote = function (run) {
    var passage = run[0];
    var source = [];
    if (passage.title) {
      source.push(el("cite", { className: "release" }, [passage.title]));
    }
    var date = formatDate(passage.date);
    if (date) {
      source.push(el("time", { dateTime: passage.date, className: "date" }, [date]));
    }
    var href = safeLink(passage.url);
    if (href) {
      source.push(el("a", {
        href: href, target: "_blank", rel: "noopener noreferrer", className: "link"
      }, ["Read the release"]));
    }
    /* A separator between the parts of the source, outside the link. */
    source = source.reduce(function (parts, part) {
      if (parts.length) {
        parts.push(el("span", { className: "sep", "aria-hidden": "true" }, [" · "]));
      }
      parts.push(part);
      return parts;
    }, []);
    return el("figure", { className: "quote" }, run.map(function (each) {
      return el("blockquote", {}, [el("p", {}, [quoted(each.text)])]);
    }).concat([el("figcaption", {}, source)]));
  };

  Chat.prototype.say = function (text) {
    this.addMessage("bot", paragraphs(text));
  };

  Chat.prototype.sayError = function (text) {
    this.addMessage("bot error", paragraphs(text));
  };

  Chat.prototype.addMessage = function (kind, parts) {
    var who = kind.indexOf("user") === 0 ? "You" : "INNOVIS";
    var message = el("div", { className: "message " + kind }, [
      el("span", { className: "visually-hidden" }, [who + ": "])
    ].concat(parts));
    this.log.appendChild(message);
    this.scroll();
  };

  Chat.prototype.scroll = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  function start() {
    var host = document.querySelector("[data-innovis-page]");
    if (host) {
      new Chat(host, true);
      return;
    }
    host = el("div", { className: "innovis-widget" });
    document.body.appendChild(host);
    new Chat(host, false);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
