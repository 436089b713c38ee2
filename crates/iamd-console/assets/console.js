// Progressive enhancement only: every form works without this script.
(function () {
  'use strict';
  var SYMBOLS = "!@#$%^&*()_+-=[]{}|'";
  function has(re, s) { return re.test(s); }
  function symbol(s) { for (var i = 0; i < s.length; i++) { if (SYMBOLS.indexOf(s[i]) >= 0) return true; } return false; }
  function check(rule, pw) {
    if (!rule) return null;
    if (rule.indexOf('min:') === 0) return pw.length >= parseInt(rule.slice(4), 10) && pw.length <= 128;
    switch (rule) {
      case 'upper': return has(/[A-Z]/, pw);
      case 'lower': return has(/[a-z]/, pw);
      case 'number': return has(/[0-9]/, pw);
      case 'symbol': return symbol(pw);
      case 'three-of-four':
        return [has(/[A-Z]/, pw), has(/[a-z]/, pw), has(/[0-9]/, pw), symbol(pw)].filter(Boolean).length >= 3;
    }
    return null;
  }
  // Live password-rule checks: each rule turns green as the new password meets it.
  document.querySelectorAll('input[data-rules]').forEach(function (input) {
    var box = document.getElementById(input.getAttribute('data-rules'));
    if (!box) return;
    var items = box.querySelectorAll('li[data-rule]');
    input.addEventListener('input', function () {
      items.forEach(function (li) {
        var ok = check(li.getAttribute('data-rule'), input.value);
        li.classList.toggle('ok', ok === true && input.value.length > 0);
        li.classList.toggle('bad', ok === false && input.value.length > 0);
      });
    });
  });
  // The server's strength estimate (zxcvbn) as the password is typed, shown under the rules and
  // ticking the common-password rule when the account has it.
  document.querySelectorAll('input[data-rules]').forEach(function (input) {
    var box = document.getElementById(input.getAttribute('data-rules'));
    var out = box && box.querySelector('[data-strength]');
    var csrf = input.form && input.form.querySelector('input[name=csrf]');
    if (!out || !csrf || !window.fetch) return;
    var common = box.querySelector('li[data-rule=common]');
    var timer = null;
    var words = ['very weak', 'weak', 'fair', 'strong', 'very strong'];
    input.addEventListener('input', function () {
      clearTimeout(timer);
      if (!input.value) { out.hidden = true; return; }
      timer = setTimeout(function () {
        var body = new URLSearchParams({ csrf: csrf.value, password: input.value });
        fetch('/console/password-strength', { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (s) {
            if (!s) return;
            out.hidden = false;
            out.textContent = 'Estimated strength: ' + words[s.score] + ' (about 10^' + Math.round(s.guessesLog10) + ' guesses to find).';
            if (common) {
              common.classList.toggle('ok', !s.common);
              common.classList.toggle('bad', s.common);
            }
          })
          .catch(function () {});
      }, 300);
    });
  });
  // Confirmation fields say when they do not match.
  document.querySelectorAll('input[data-confirm]').forEach(function (input) {
    var other = document.getElementById(input.getAttribute('data-confirm'));
    function sync() { input.setCustomValidity(other && input.value !== other.value ? 'The passwords do not match.' : ''); }
    input.addEventListener('input', sync);
    if (other) other.addEventListener('input', sync);
  });
  // Copy buttons (hidden without script).
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      });
    });
  });
  // Root sign-in needs no user name.
  var form = document.getElementById('signin-form');
  if (form) {
    var userOnly = form.querySelector('.user-only');
    var sync = function () {
      var root = form.querySelector('input[name=kind][value=root]').checked;
      userOnly.hidden = root;
    };
    form.querySelectorAll('input[name=kind]').forEach(function (r) { r.addEventListener('change', sync); });
    sync();
  }
})();
