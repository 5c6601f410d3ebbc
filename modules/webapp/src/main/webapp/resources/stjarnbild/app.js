// When a form comes back with errors, move focus to the summary so it is read out first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("page-messages");
  if (summary && summary.getAttribute("role") === "alert" && summary.textContent.trim() !== "") {
    summary.focus();
  }
});

// A file input with data-max-bytes says at once when a chosen file is too large, before uploading it.
// The server refuses it too; this only saves the wait. The message is the one the field's help names.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
    return;
  }
  var max = Number(input.getAttribute("data-max-bytes"));
  var tooLarge = input.files && input.files.length > 0 && input.files[0].size > max;
  input.setAttribute("aria-invalid", tooLarge ? "true" : "false");
  var help = document.getElementById((input.getAttribute("aria-describedby") || "").split(" ")[0]);
  if (help) {
    help.classList.toggle("field-error", tooLarge);
  }
});

// An ajax update that replaces the field a keyboard user is on (choosing a district refreshes the
// village list, and Tab may already have moved there) would drop the focus to the top of the page.
// After each update the last focused element gets the focus back when nothing else has it.
(function () {
  var lastFocused = null;
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.id) {
      lastFocused = event.target.id;
    }
  });
  function restore() {
    var active = document.activeElement;
    if (lastFocused && (!active || active === document.body)) {
      var again = document.getElementById(lastFocused);
      if (again && !again.disabled) {
        again.focus();
      }
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var ajax = (window.faces && window.faces.ajax) || (window.jsf && window.jsf.ajax);
    if (ajax) {
      ajax.addOnEvent(function (data) {
        if (data.status === "success") {
          restore();
        }
      });
    }
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", restore);
    }
  });
})();

// A list's paginator report ("1–25 av 100000") comes from PrimeFaces with plain digits, from the
// server and again from its own script after each page change. Numbers of four digits or more are
// grouped as the page's language writes them ("100 000" in Swedish, "100,000" in English).
(function () {
  function group(root) {
    var language = document.documentElement.lang || "sv";
    var reports = (root || document).querySelectorAll(".ui-paginator-current");
    for (var i = 0; i < reports.length; i++) {
      var text = reports[i].textContent;
      var grouped = text.replace(/\d{4,}/g, function (digits) {
        return Number(digits).toLocaleString(language);
      });
      if (grouped !== text) {
        reports[i].textContent = grouped;
      }
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    group(document);
    // The report's text is replaced by PrimeFaces' paginator on every page change, with or without a request.
    new MutationObserver(function () {
      group(document);
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
  });
})();

// What someone typed is not lost when they press a button of another form on the same page:
// switching the language, adding a village beside an unsaved district name, ticking an arrival
// beside a typed search. The other forms' typed fields are kept in the tab's session storage and
// put back when the same page comes back (the language switch reloads it; most saves redirect to
// it). A form marked data-unsaved (the interview beside its quote forms) also asks before the
// page is left any other way (a link), so typed changes are never lost without a word.
(function () {
  var KEY = "stjarnbild.typed";
  var SWITCHED = "stjarnbild.languageSwitched";
  var SKIPPED = ["hidden", "password", "file", "submit", "button", "image", "reset"];
  var changed = [];
  var kept = false;

  function place() {
    var query = location.search.replace(/^\?/, "").split("&").filter(function (part) {
      return part !== "" && part !== "lang" && part.indexOf("lang=") !== 0;
    });
    return location.pathname + (query.length ? "?" + query.join("&") : "");
  }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.id && !e.disabled && SKIPPED.indexOf(e.type) < 0;
    });
  }
  function mark(form) {
    if (form && changed.indexOf(form) < 0) {
      changed.push(form);
    }
  }
  function typed(event) {
    var field = event.target;
    if (field && field.form && SKIPPED.indexOf(field.type) < 0) {
      mark(field.form);
    }
  }
  document.addEventListener("input", typed, true);
  document.addEventListener("change", typed, true);

  document.addEventListener("submit", function (event) {
    var sent = event.target;
    if (sent.id === "languageForm") {
      try {
        sessionStorage.setItem(SWITCHED, "1");
      } catch (ignored) {
        // Without session storage a reload after the switch asks to resend it; nothing else changes.
      }
      // The same page comes back in the other language: keep everything it shows, typed now or
      // before the last postback (a refused save, a row added to a list of times).
      Array.prototype.forEach.call(document.forms, function (form) {
        if (form !== sent && form.classList.contains("form")) {
          mark(form);
        }
      });
    }
    changed = changed.filter(function (form) { return form !== sent && document.body.contains(form); });
    var values = {};
    changed.forEach(function (form) {
      fields(form).forEach(function (e) {
        if (e.type === "checkbox" || e.type === "radio") {
          values[e.id] = {checked: e.checked};
        } else if (e.type === "select-multiple") {
          values[e.id] = {selected: Array.prototype.filter.call(e.options, function (o) { return o.selected; })
              .map(function (o) { return o.value; })};
        } else {
          values[e.id] = {value: e.value};
        }
      });
    });
    try {
      if (Object.keys(values).length > 0) {
        sessionStorage.setItem(KEY, JSON.stringify({place: place(), fields: values, at: Date.now()}));
        kept = true;
      } else {
        sessionStorage.removeItem(KEY);
      }
    } catch (ignored) {
      // No session storage (a private window may refuse it): the page asks before leaving instead.
    }
  }, true);

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-discard]")) {
      changed = [];
    }
  }, true);

  document.addEventListener("DOMContentLoaded", function () {
    try {
      if (sessionStorage.getItem(SWITCHED)) {
        sessionStorage.removeItem(SWITCHED);
        // The switch answered a form post; a reload of the page it showed should simply open the
        // page again in the new language, not ask to resend the switch.
        history.replaceState(history.state, "", location.href);
      }
    } catch (ignored) {
      // As above.
    }
    var raw = null;
    try {
      raw = sessionStorage.getItem(KEY);
      sessionStorage.removeItem(KEY);
    } catch (ignored) {
      raw = null;
    }
    var saved = raw ? JSON.parse(raw) : null;
    // A list filled by the page once another choice is made (the villages of a district) cannot
    // take its value yet: the choice it depends on is sent again and the value put back after.
    var waiting = {};
    var changedLists = [];
    // Kept for the page that comes right back; a submit that loaded no page (a download) must not
    // leave old values to be put over newer ones the next time this page is opened.
    if (saved && saved.place === place() && typeof saved.at === "number" && Date.now() - saved.at < 60000) {
      Object.keys(saved.fields).forEach(function (id) {
        var e = document.getElementById(id);
        var value = saved.fields[id];
        if (e && e.tagName === "SELECT" && "value" in value && value.value !== ""
            && (e.disabled || !Array.prototype.some.call(e.options, function (o) { return o.value === value.value; }))) {
          waiting[id] = value.value;
          return;
        }
        if (!e || !e.form || e.disabled || SKIPPED.indexOf(e.type) >= 0) {
          return;
        }
        if (e.tagName === "SELECT" && e.value !== value.value) {
          changedLists.push(e);
        }
        if ("checked" in value) {
          if (e.checked === value.checked) {
            return;
          }
          e.checked = value.checked;
        } else if ("selected" in value) {
          var same = Array.prototype.every.call(e.options, function (o) {
            return o.selected === (value.selected.indexOf(o.value) >= 0);
          });
          if (same) {
            return;
          }
          Array.prototype.forEach.call(e.options, function (o) { o.selected = value.selected.indexOf(o.value) >= 0; });
        } else if (e.value !== value.value) {
          e.value = value.value;
        } else {
          return;
        }
        mark(e.form);
      });
    }
    if (Object.keys(waiting).length > 0) {
      changedLists.forEach(function (list) { list.dispatchEvent(new Event("change", {bubbles: true})); });
      var tries = 0;
      var timer = setInterval(function () {
        Object.keys(waiting).forEach(function (id) {
          var e = document.getElementById(id);
          if (e && !e.disabled && Array.prototype.some.call(e.options, function (o) { return o.value === waiting[id]; })) {
            e.value = waiting[id];
            mark(e.form);
            delete waiting[id];
          }
        });
        if (Object.keys(waiting).length === 0 || ++tries > 25) {
          clearInterval(timer);
        }
      }, 200);
    }
    // A save that was refused comes back with what was typed and not saved: still unsaved, and
    // kept like typed text if the language is switched next.
    document.querySelectorAll("form .field-error").forEach(function (error) {
      if (error.textContent.trim() !== "") {
        mark(error.closest("form"));
      }
    });
  });

  window.addEventListener("beforeunload", function (event) {
    var unsaved = changed.some(function (form) {
      return form.hasAttribute("data-unsaved") && document.body.contains(form);
    });
    if (unsaved && !kept) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();

// A second click on a form's button while the first is on its way would send it twice (two
// registrations, two meetings). The same form is sent once per three seconds; a page that stays
// (a download) can send again after that.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var sentAt = Number(form.getAttribute("data-sent-at") || 0);
  if (Date.now() - sentAt < 3000) {
    event.preventDefault();
    return;
  }
  form.setAttribute("data-sent-at", String(Date.now()));
});
