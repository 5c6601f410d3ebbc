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

// A form marked data-unsaved (the interview on its own page, beside its quote forms) remembers that
// something was typed. Leaving the page any other way than by its own save (adding or deleting a
// quote, a link) then asks first, so the typed changes are not lost without a word.
(function () {
  var dirty = false;
  document.addEventListener("input", mark, true);
  document.addEventListener("change", mark, true);
  function mark(event) {
    var form = event.target && event.target.form;
    if (form && form.hasAttribute("data-unsaved")) {
      dirty = true;
    }
  }
  document.addEventListener("submit", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-unsaved")) {
      dirty = false;
    }
  }, true);
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-discard]");
    if (link) {
      dirty = false;
    }
  }, true);
  // A save that was refused comes back with what was typed and not saved: still unsaved.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-unsaved] .field-error").forEach(function (error) {
      if (error.textContent.trim() !== "") {
        dirty = true;
      }
    });
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
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
