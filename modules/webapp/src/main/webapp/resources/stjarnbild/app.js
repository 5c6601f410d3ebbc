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
