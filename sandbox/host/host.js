/* global window, document, location, sessionStorage, setTimeout, setInterval, fetch */
/*
 * The host page's behaviour: frames sized to their content (as Jira sizes Custom UI iframes), the acting-user
 * switcher, the theme toggle, "Simulate work", and a gadget leaving its edit view once its configuration is saved.
 */
(function () {
  'use strict';

  function fit(frame) {
    try {
      var body = frame.contentDocument && frame.contentDocument.body;
      if (!body) return;
      var min = frame.classList.contains('forge-frame-page') ? 400 : 40;
      frame.style.height = Math.max(min, Math.ceil(body.getBoundingClientRect().height)) + 'px';
    } catch {
      /* a frame that is not ours keeps its size */
    }
  }

  function watch(frame) {
    var observe = function () {
      fit(frame);
      try {
        var Observer = frame.contentWindow.ResizeObserver;
        new Observer(function () {
          fit(frame);
        }).observe(frame.contentDocument.body);
      } catch {
        setInterval(function () {
          fit(frame);
        }, 500);
      }
    };
    frame.addEventListener('load', observe);
    if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.body)
      observe();
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error((json.error && json.error.message) || 'HTTP ' + response.status);
        return json;
      });
    });
  }

  var TOAST_KEY = 'okr-sandbox-toast';
  function toast(text) {
    var el = document.querySelector('[data-toast]');
    if (!el) return;
    el.textContent = text;
    el.hidden = false;
    setTimeout(function () {
      el.hidden = true;
    }, 10000);
  }

  document.querySelectorAll('iframe.forge-frame').forEach(watch);

  var pending = sessionStorage.getItem(TOAST_KEY);
  if (pending) {
    sessionStorage.removeItem(TOAST_KEY);
    toast(pending);
  }

  var switcher = document.querySelector('[data-user-switch]');
  if (switcher) {
    switcher.addEventListener('change', function () {
      post('/sandbox/user', { accountId: switcher.value }).then(
        function (answer) {
          sessionStorage.setItem(TOAST_KEY, 'Now acting as ' + answer.displayName + '.');
          location.reload();
        },
        function (error) {
          toast('Could not switch user: ' + error.message);
        },
      );
    });
  }

  var themeButton = document.querySelector('[data-theme-toggle]');
  if (themeButton) {
    themeButton.addEventListener('click', function () {
      post('/sandbox/theme', { mode: themeButton.getAttribute('data-theme-toggle') }).then(function () {
        location.reload();
      });
    });
  }

  var simulate = document.querySelector('[data-simulate]');
  if (simulate) {
    simulate.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = simulate.querySelector('button');
      var days = Number(simulate.querySelector('select').value);
      button.disabled = true;
      button.textContent = 'Simulating…';
      post('/sandbox/simulate', { days: days }).then(
        function (report) {
          sessionStorage.setItem(
            TOAST_KEY,
            'Simulated ' +
              report.days +
              (report.days === 1 ? ' day' : ' days') +
              ': ' +
              report.transitions +
              ' transitions, ' +
              report.created +
              ' new issues, ' +
              report.issueEvents +
              ' issue events to the app, ' +
              report.queueDelivered +
              ' queued recomputes delivered.',
          );
          location.reload();
        },
        function (error) {
          button.disabled = false;
          button.textContent = 'Simulate work';
          toast('Simulation failed: ' + error.message);
        },
      );
    });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data || event.data.source !== 'okr-sandbox-frame') return;
    if (event.data.type === 'submitted') {
      sessionStorage.setItem(TOAST_KEY, 'Gadget configuration saved.');
      location.assign('/jira/dashboard');
    }
  });
})();
