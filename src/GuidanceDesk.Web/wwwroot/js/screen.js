// The hall's screen (/Public/Screen): turns to the next page every data-interval seconds, keeps the clock in Beijing
// time, and reloads now and then so that newly published content appears without anyone touching the screen.
(function () {
    'use strict';

    var body = document.body;
    var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
    var counter = document.querySelector('[data-counter]');
    var clock = document.querySelector('[data-clock]');
    var seconds = Math.max(5, parseInt(body.getAttribute('data-interval'), 10) || 15);
    var current = 0;

    function show(next) {
        slides[current].classList.remove('active');
        slides[current].setAttribute('aria-hidden', 'true');
        current = next;
        slides[current].classList.add('active');
        slides[current].setAttribute('aria-hidden', 'false');
        if (counter) {
            counter.textContent = (current + 1) + ' / ' + slides.length;
        }
    }

    var format = new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', hour12: false
    });

    function tick() {
        if (!clock) {
            return;
        }
        var parts = {};
        format.formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
        clock.textContent = parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
    }

    if (slides.length > 1) {
        window.setInterval(function () { show((current + 1) % slides.length); }, seconds * 1000);
    }
    tick();
    window.setInterval(tick, 10000);
    // Every 15 minutes, at the end of a page: what was published meanwhile comes on screen.
    window.setTimeout(function () { window.location.reload(); }, 15 * 60 * 1000);
})();
