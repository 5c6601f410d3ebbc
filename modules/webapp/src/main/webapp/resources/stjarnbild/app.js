// When a form comes back with errors, move focus to the summary so it is read out first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("page-messages");
  if (summary && summary.getAttribute("role") === "alert" && summary.textContent.trim() !== "") {
    summary.focus();
  }
});
