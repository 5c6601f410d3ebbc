// The open meeting's presentation. The projector (data-live-role="projector") steps through the
// stars with the arrow keys, Page Up/Down (what presentation clickers send) or F for full screen,
// and shows the room's answers as they arrive over server-sent events. A phone
// (data-live-role="phone") shows the new star when the projector moves on — at once if the
// person has not started answering, otherwise with a link, so nothing typed is lost.
(function () {
  "use strict";

  function isTyping(target) {
    return target && target.closest && target.closest("input, textarea, select, [contenteditable]");
  }

  function click(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) {
      button.click();
    }
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen();
    }
  }

  function showOnProjector(data) {
    var results = document.getElementById("live-results");
    if (!results || results.getAttribute("data-star") !== String(data.star)) {
      return;
    }
    var max = Math.max.apply(null, data.counts);
    for (var score = 1; score <= 4; score++) {
      var count = data.counts[score - 1];
      var value = results.querySelector("[data-count='" + score + "']");
      var bar = results.querySelector("[data-bar='" + score + "']");
      if (value) { value.textContent = String(count); }
      if (bar) { bar.style.width = (max === 0 ? 0 : Math.round(100 * count / max)) + "%"; }
    }
    ["total", "percent", "sentences"].forEach(function (field) {
      var element = results.querySelector("[data-field='" + field + "']");
      if (element) { element.textContent = String(data[field]); }
    });
    var closed = results.querySelector("[data-field='closed']");
    if (closed) { closed.classList.toggle("is-hidden", !data.closed); }
    results.setAttribute("data-updated", String(data.total));
  }

  function followOnPhone(root, data) {
    if (String(data.star) === root.getAttribute("data-star") && String(data.closed) === root.getAttribute("data-closed")) {
      return;
    }
    var form = document.getElementById("reactForm");
    var started = form && (form.querySelector("input[name=score]:checked") || form.querySelector("textarea").value.trim() !== "");
    if (started) {
      document.getElementById("newStar").classList.remove("is-hidden");
    } else {
      window.location.replace(root.getAttribute("data-reload"));
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("[data-live-role]");
    if (!root || !window.EventSource) {
      return;
    }
    var role = root.getAttribute("data-live-role");
    var events = new EventSource(root.getAttribute("data-live-events"));
    events.onmessage = function (message) {
      var data = JSON.parse(message.data);
      if (role === "phone") {
        followOnPhone(root, data);
      } else {
        showOnProjector(data);
      }
    };
    if (role !== "projector") {
      return;
    }
    document.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) {
        return;
      }
      if (event.key === "ArrowRight" || event.key === "PageDown") {
        event.preventDefault();
        click("controls:next");
      } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
        event.preventDefault();
        click("controls:previous");
      } else if (event.key === "f" || event.key === "F") {
        toggleFullscreen();
      }
    });
    document.addEventListener("click", function (event) {
      if (event.target && event.target.id === "fullscreen") {
        toggleFullscreen();
      }
    });
    keepFocusAcrossUpdates();
  });

  // Stepping re-renders the controls; the button that had focus gets it back (or its neighbour,
  // when it has just become disabled at the first or last star), so the keyboard never loses its place.
  function keepFocusAcrossUpdates() {
    if (!window.jQuery) {
      return;
    }
    var focused = null;
    window.jQuery(document).on("pfAjaxSend", function () {
      focused = document.activeElement ? document.activeElement.id : null;
    }).on("pfAjaxComplete", function () {
      if (!focused) {
        return;
      }
      var again = document.getElementById(focused);
      if (again && again.disabled) {
        again = document.getElementById(focused === "controls:next" ? "controls:previous" : "controls:next");
      }
      if (again && !again.disabled) {
        again.focus();
      }
    });
  }
})();
