// Taking an inventory in the worker's portal (Portal/Assessments/Take). The page works without this script: every item
// is a fieldset of radio buttons and the form posts the answers. With it:
//   - each answer is saved the moment it is given (PUT /api/v1/assessments/{id}/answers, the session cookie), retried
//     once on a network error, with a short status read out politely; the progress bar follows the answers;
//   - on a desktop (768px and wider) the items show twelve to a page, on a phone one per screen with large options,
//     moving on to the next item 250 ms after an answer;
//   - the number keys choose an option of the current item; Tab and the arrow keys work as in any radio group;
//   - it starts where the worker stopped (the first unanswered item), and offers "提交" once everything is answered.
(function () {
    'use strict';

    var form = document.getElementById('take');
    if (!form || !window.fetch) {
        return;
    }
    var d = form.dataset;
    var items = Array.prototype.slice.call(form.querySelectorAll('fieldset.item'));
    var total = items.length;
    if (total === 0) {
        return;
    }
    var pageSize = parseInt(d.pageSize, 10) || 12;
    var progress = document.getElementById('take-progress');
    var count = document.getElementById('take-count');
    var status = document.getElementById('save-status');
    var nav = form.querySelector('.take-nav');
    var prev = nav.querySelector('[data-nav="prev"]');
    var next = nav.querySelector('[data-nav="next"]');
    var where = nav.querySelector('.take-where');
    var submit = document.getElementById('take-submit');
    var keyHint = form.querySelector('.key-hint');
    var wide = window.matchMedia('(min-width: 768px)');
    var url = '/api/v1/assessments/' + encodeURIComponent(d.id) + '/answers';
    var atHall = d.atHall === 'true';

    var current = clamp(parseInt(d.start, 10) || 0);
    var advanceTimer = null;
    var inFlight = {};   // item index -> true while its PUT is on the way
    var queued = {};     // item index -> a newer value to send once the one on the way is back
    var failed = {};     // item index -> value that could not be saved
    var problem = null;  // what the server said when it refused an answer

    function clamp(i) {
        return Math.max(0, Math.min(total - 1, i));
    }

    function format(text, a, b) {
        return text.replace('{0}', a).replace('{1}', b);
    }

    function valueOf(fieldset) {
        var checked = fieldset.querySelector('input[type="radio"]:checked');
        return checked ? parseInt(checked.value, 10) : null;
    }

    function answeredCount() {
        return items.filter(function (f) { return valueOf(f) !== null; }).length;
    }

    function firstUnanswered() {
        for (var i = 0; i < total; i++) {
            if (valueOf(items[i]) === null) {
                return i;
            }
        }
        return -1;
    }

    function single() {
        return !wide.matches;
    }

    // ---------- saving ----------

    function pending() {
        return Object.keys(inFlight).length + Object.keys(queued).length;
    }

    function showStatus() {
        status.classList.remove('saving', 'saved', 'error');
        if (Object.keys(failed).length > 0) {
            status.textContent = problem || d.failed;
            status.classList.add('error');
        } else if (pending() > 0) {
            status.textContent = d.saving;
            status.classList.add('saving');
        } else {
            status.textContent = d.saved;
            status.classList.add('saved');
        }
        form.dataset.pending = String(pending());
    }

    function save(index, value) {
        if (inFlight[index]) {
            queued[index] = value;
            showStatus();
            return;
        }
        inFlight[index] = true;
        showStatus();
        send(index, value, false);
    }

    function send(index, value, retried) {
        fetch(url, {
            method: 'PUT',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ item: index, value: value, atHall: atHall })
        }).then(function (response) {
            if (response.ok) {
                delete failed[index];
                if (Object.keys(failed).length === 0) {
                    problem = null;
                }
                finish(index);
                resendFailed();
                return;
            }
            if (response.status >= 500 && !retried) {
                later(index, value);
                return;
            }
            failed[index] = value;
            if (response.status === 401) {
                problem = d.expired;
                finish(index);
                return;
            }
            response.json().then(function (p) {
                problem = p && (p.detail || p.title) ? String(p.detail || p.title) : null;
            }, function () { problem = null; }).then(function () { finish(index); });
        }, function () {
            // The network failed (offline, a dropped connection): once more after a moment, then tell the worker.
            if (!retried) {
                later(index, value);
                return;
            }
            failed[index] = value;
            problem = null;
            finish(index);
        });
    }

    function later(index, value) {
        window.setTimeout(function () { send(index, value, true); }, 1000);
    }

    function finish(index) {
        delete inFlight[index];
        if (Object.prototype.hasOwnProperty.call(queued, index)) {
            var value = queued[index];
            delete queued[index];
            save(index, value);
            return;
        }
        showStatus();
    }

    // The connection is back: send again what could not be saved before.
    function resendFailed() {
        Object.keys(failed).forEach(function (key) {
            var index = parseInt(key, 10);
            if (!inFlight[index]) {
                var value = failed[key];
                delete failed[key];
                save(index, value);
            }
        });
    }

    // ---------- what is shown ----------

    function updateProgress() {
        var n = answeredCount();
        progress.value = n;
        count.textContent = format(d.countText, n, total);
        submit.hidden = n < total;
    }

    function render(moveFocus) {
        var one = single();
        var from = one ? current : Math.floor(current / pageSize) * pageSize;
        var to = one ? current + 1 : Math.min(total, from + pageSize);
        items.forEach(function (f, i) { f.hidden = i < from || i >= to; });
        form.classList.toggle('take-single', one);
        form.classList.toggle('take-paged', !one);
        prev.textContent = one ? d.prevItem : d.prevPage;
        next.textContent = one ? d.nextItem : d.nextPage;
        prev.disabled = from === 0;
        next.disabled = to >= total;
        where.textContent = one ? format(d.itemText, current + 1, total)
            : format(d.pageText, Math.floor(from / pageSize) + 1, Math.ceil(total / pageSize));
        if (moveFocus) {
            var target = items[one ? current : pageFocus(from, to)];
            target.focus({ preventScroll: true });
            var top = form.getBoundingClientRect().top;
            if (top < 0 || top > window.innerHeight / 2) {
                form.scrollIntoView({ block: 'start' });
            }
        }
    }

    // On a page of items: the first one not answered yet, else the first.
    function pageFocus(from, to) {
        for (var i = from; i < to; i++) {
            if (valueOf(items[i]) === null) {
                return i;
            }
        }
        return from;
    }

    function go(index) {
        window.clearTimeout(advanceTimer);
        current = clamp(index);
        render(true);
    }

    // After an answer on a phone: the next item; after the last, the first one left, or the submit button.
    function advanceFrom(index) {
        if (index !== current || !single()) {
            return;
        }
        if (index + 1 < total) {
            go(index + 1);
            return;
        }
        var left = firstUnanswered();
        if (left >= 0) {
            go(left);
        } else {
            showSubmit();
        }
    }

    function showSubmit() {
        submit.hidden = false;
        submit.scrollIntoView({ block: 'center' });
        submit.querySelector('button').focus({ preventScroll: true });
    }

    // ---------- events ----------

    form.addEventListener('change', function (e) {
        var input = e.target;
        if (!input || input.type !== 'radio') {
            return;
        }
        var fieldset = input.closest('fieldset.item');
        var index = items.indexOf(fieldset);
        if (index < 0) {
            return;
        }
        fieldset.classList.remove('missing');
        save(index, parseInt(input.value, 10));
        var wasComplete = !submit.hidden;
        updateProgress();
        if (single()) {
            current = index;
            window.clearTimeout(advanceTimer);
            advanceTimer = window.setTimeout(function () { advanceFrom(index); }, 250);
        } else if (!wasComplete && !submit.hidden) {
            showSubmit();
        }
    });

    prev.addEventListener('click', function () {
        go(single() ? current - 1 : Math.floor(current / pageSize) * pageSize - pageSize);
    });

    next.addEventListener('click', function () {
        go(single() ? current + 1 : Math.floor(current / pageSize) * pageSize + pageSize);
    });

    // Number keys choose an option of the current item: on a phone the one shown, on a desktop the one with the focus.
    document.addEventListener('keydown', function (e) {
        if (e.altKey || e.ctrlKey || e.metaKey || !/^[0-9]$/.test(e.key)) {
            return;
        }
        var target = e.target;
        if (target && target.matches && target.matches('textarea, select, input:not([type="radio"])')) {
            return;
        }
        var fieldset = single() ? items[current]
            : (document.activeElement && document.activeElement.closest ? document.activeElement.closest('fieldset.item') : null);
        if (!fieldset || fieldset.hidden) {
            return;
        }
        var input = fieldset.querySelector('input[type="radio"][value="' + e.key + '"]');
        if (!input) {
            return;
        }
        e.preventDefault();
        input.checked = true;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        if (single()) {
            input.focus({ preventScroll: true });
        } else {
            // On a page: on to the next item, as the eye goes down the list.
            var index = items.indexOf(fieldset);
            if (index + 1 < total && !items[index + 1].hidden) {
                items[index + 1].focus();
            } else {
                input.focus();
            }
        }
    });

    // Focus inside an item makes it the current one (the page to return to when the screen is resized).
    form.addEventListener('focusin', function (e) {
        var fieldset = e.target.closest ? e.target.closest('fieldset.item') : null;
        if (fieldset && !single()) {
            current = items.indexOf(fieldset);
        }
    });

    function onResize() {
        render(false);
    }

    if (wide.addEventListener) {
        wide.addEventListener('change', onResize);
    } else if (wide.addListener) {
        wide.addListener(onResize);
    }

    form.classList.add('take-js');
    items.forEach(function (f) { f.tabIndex = -1; });
    nav.hidden = false;
    keyHint.hidden = false;
    updateProgress();
    render(d.focusStart === 'true');
    // Resuming on a desktop: the page holds the first unanswered item, but it may be further down the page.
    if (d.focusStart !== 'true' && !single() && current % pageSize !== 0) {
        items[current].scrollIntoView({ block: 'center' });
    }
})();
